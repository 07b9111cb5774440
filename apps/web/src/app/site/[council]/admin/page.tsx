export { default } from "~/features/admin/home-page";
