export { default, generateMetadata } from "~/features/invitations/accept-page";
