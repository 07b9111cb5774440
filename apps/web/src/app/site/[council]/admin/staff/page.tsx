export { default, generateMetadata } from "~/features/admin/staff-page";
