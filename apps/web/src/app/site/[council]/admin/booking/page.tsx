export { default, generateMetadata } from "~/features/booking/settings-page";
