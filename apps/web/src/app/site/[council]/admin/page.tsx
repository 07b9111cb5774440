export { default, generateMetadata } from "~/features/admin/home-page";
