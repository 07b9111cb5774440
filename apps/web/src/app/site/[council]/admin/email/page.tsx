export { default, generateMetadata } from "~/features/admin/email-page";
