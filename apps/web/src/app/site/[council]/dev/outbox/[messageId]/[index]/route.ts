export { GET } from "~/features/outbox/attachment-route";
