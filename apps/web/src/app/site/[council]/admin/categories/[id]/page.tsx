export { default, generateMetadata } from "~/features/admin/category-change-page";
