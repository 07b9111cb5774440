export { default } from "~/features/operator/console-page";
