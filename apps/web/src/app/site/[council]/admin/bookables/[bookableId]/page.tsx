export { default, generateMetadata } from "~/features/booking-admin/bookable-change-page";
