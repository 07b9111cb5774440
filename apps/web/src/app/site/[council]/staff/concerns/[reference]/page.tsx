export { default, generateMetadata } from "~/features/safety/concern-case-page";
