export { default, generateMetadata } from "~/features/booking-admin/bookables-page";
