export { default, generateMetadata } from "~/features/admin/organisations-page";
