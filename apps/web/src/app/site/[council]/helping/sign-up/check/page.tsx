export { default, generateMetadata } from "~/features/helpers/check-answers-page";
