export { default, generateMetadata } from "~/features/booking/calendar-feed-page";
