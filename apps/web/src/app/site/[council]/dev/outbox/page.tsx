export { default } from "~/features/outbox/outbox-page";
