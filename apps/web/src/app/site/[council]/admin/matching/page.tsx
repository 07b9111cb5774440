export { default, generateMetadata } from "~/features/admin/matching-page";
