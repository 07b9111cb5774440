export { default, generateMetadata } from "~/features/directory/search-page";
