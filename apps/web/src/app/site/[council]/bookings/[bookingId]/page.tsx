export { default, generateMetadata } from "~/features/booking/booking-page";
