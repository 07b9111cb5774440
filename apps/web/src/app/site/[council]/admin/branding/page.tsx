export { default, generateMetadata } from "~/features/admin/branding-page";
