export { default, generateMetadata } from "~/features/needs/check-page";
