export { default } from "~/features/admin/admin-layout";
