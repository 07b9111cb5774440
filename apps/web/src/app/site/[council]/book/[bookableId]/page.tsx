export { default, generateMetadata } from "~/features/booking/times-page";
