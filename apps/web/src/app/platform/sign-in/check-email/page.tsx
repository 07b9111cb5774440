export { default, generateMetadata } from "~/features/sign-in/check-email-page";
