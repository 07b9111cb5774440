export { default, generateMetadata } from "~/features/helpers/notices-page";
