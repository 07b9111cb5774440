export { default } from "~/features/operator/onboard-page";
