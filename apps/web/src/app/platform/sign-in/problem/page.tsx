export { default } from "~/features/sign-in/problem-page";
