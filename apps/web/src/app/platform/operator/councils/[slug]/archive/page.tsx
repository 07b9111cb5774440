export { default } from "~/features/operator/archive-confirm-page";
