export { default } from "~/features/admin/sign-in-page";
