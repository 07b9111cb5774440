export { default, generateMetadata } from "~/features/admin/audit-page";
