export { default, generateMetadata } from "~/features/operator/console-page";
