export { GET, POST } from "~/features/trpc-route";
