export { default, generateMetadata } from "~/features/operator/onboard-page";
