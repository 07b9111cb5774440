export { GET } from "~/features/operator/archive-route";
