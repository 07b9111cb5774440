export { default } from "~/features/admin/email-page";
