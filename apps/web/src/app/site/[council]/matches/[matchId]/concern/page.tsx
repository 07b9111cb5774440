export { default, generateMetadata } from "~/features/safety/concern-page";
