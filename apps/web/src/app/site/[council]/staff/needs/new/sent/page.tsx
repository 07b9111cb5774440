export { default, generateMetadata } from "~/features/needs/new-need-sent-page";
