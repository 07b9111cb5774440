export { default, generateMetadata } from "~/features/helper-offers/offers-page";
