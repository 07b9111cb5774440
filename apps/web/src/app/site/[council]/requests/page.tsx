export { default, generateMetadata } from "~/features/needs/requests-page";
