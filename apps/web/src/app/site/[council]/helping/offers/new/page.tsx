export { default, generateMetadata } from "~/features/helper-offers/new-offer-page";
