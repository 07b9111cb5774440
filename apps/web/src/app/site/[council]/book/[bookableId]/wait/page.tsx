export { default, generateMetadata } from "~/features/booking/wait-page";
