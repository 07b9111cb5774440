export { default, generateMetadata } from "~/features/organisation/organisation-page";
