export { default, generateMetadata } from "~/features/needs/request-page";
