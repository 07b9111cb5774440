export { default, generateMetadata } from "~/features/safety/concern-sent-page";
