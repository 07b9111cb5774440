export { default, generateMetadata } from "~/features/safety/rating-page";
