export { default, generateMetadata } from "~/features/admin/sign-in-page";
