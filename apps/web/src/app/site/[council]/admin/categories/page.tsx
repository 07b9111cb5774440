export { default, generateMetadata } from "~/features/admin/categories-page";
