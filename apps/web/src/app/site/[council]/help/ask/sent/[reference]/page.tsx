export { default, generateMetadata } from "~/features/needs/sent-page";
