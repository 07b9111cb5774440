export { GET } from "~/features/sign-in/one-login-route";
