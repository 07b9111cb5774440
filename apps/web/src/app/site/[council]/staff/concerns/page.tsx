export { default, generateMetadata } from "~/features/safety/concerns-page";
