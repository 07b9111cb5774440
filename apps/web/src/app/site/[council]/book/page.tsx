export { default, generateMetadata } from "~/features/booking/bookables-page";
