export { default } from "~/features/admin/audit-page";
