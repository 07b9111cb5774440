export { GET, POST } from "~/features/sign-in/auth-route";
