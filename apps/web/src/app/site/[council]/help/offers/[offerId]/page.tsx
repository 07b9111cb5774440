export { default, generateMetadata } from "~/features/directory/offer-page";
