export { default, generateMetadata } from "~/features/booking/series-page";
