export { default, generateMetadata } from "~/features/booking/change-page";
