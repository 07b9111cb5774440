export { default, generateMetadata } from "~/features/account/account-page";
