export { default } from "~/features/admin/modules-page";
