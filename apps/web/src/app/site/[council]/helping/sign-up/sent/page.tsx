export { default, generateMetadata } from "~/features/helpers/sent-page";
