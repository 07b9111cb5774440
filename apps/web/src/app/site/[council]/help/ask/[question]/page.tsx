export { default, generateMetadata } from "~/features/needs/question-page";
