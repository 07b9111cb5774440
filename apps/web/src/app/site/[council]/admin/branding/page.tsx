export { default } from "~/features/admin/branding-page";
