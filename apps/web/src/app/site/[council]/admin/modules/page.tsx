export { default, generateMetadata } from "~/features/admin/modules-page";
