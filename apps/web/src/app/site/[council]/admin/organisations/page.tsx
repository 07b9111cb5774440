export { default } from "~/features/admin/organisations-page";
