export { default, generateMetadata } from "~/features/booking-admin/new-bookable-page";
