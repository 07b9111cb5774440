export { default, generateMetadata } from "~/features/helpers/sign-up-task-page";
