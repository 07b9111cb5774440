export { default, generateMetadata } from "~/features/booking/my-bookings-page";
