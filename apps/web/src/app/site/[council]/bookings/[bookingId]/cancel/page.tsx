export { default, generateMetadata } from "~/features/booking/cancel-page";
