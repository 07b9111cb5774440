export { default, generateMetadata } from "~/features/helpers/sign-up-page";
