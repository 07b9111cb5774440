export { default, generateMetadata } from "~/features/booking/with-room-page";
