export { default, generateMetadata } from "~/features/helper-offers/offer-change-page";
