export { default, generateMetadata } from "~/features/sign-in/sign-in-page";
