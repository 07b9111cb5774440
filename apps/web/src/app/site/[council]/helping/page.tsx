export { default, generateMetadata } from "~/features/helpers/helping-page";
