export { default, generateMetadata } from "~/features/needs/withdraw-page";
