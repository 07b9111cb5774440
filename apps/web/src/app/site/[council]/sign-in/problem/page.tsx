export { default, generateMetadata } from "~/features/sign-in/problem-page";
