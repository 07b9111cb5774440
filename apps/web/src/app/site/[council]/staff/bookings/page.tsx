export { default, generateMetadata } from "~/features/booking/staff-bookings-page";
