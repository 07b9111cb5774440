export { default, generateMetadata } from "~/features/operator/archive-confirm-page";
