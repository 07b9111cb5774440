export { default, generateMetadata } from "~/features/needs/ask-page";
