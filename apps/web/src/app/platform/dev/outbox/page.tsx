export { default, generateMetadata } from "~/features/outbox/outbox-page";
