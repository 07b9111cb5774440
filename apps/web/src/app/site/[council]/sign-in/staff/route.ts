export { GET } from "~/features/sign-in/staff-route";
