export { default, generateMetadata } from "~/features/operator/suspend-confirm-page";
