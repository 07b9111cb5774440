export { default } from "~/features/sign-in/check-email-page";
