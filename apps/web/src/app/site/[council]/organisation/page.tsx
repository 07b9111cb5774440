export { default } from "~/features/organisation/organisation-page";
