export { default } from "~/features/admin/staff-page";
