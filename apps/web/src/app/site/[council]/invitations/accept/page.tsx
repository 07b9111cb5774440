export { default } from "~/features/invitations/accept-page";
