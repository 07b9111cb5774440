export { default, generateMetadata } from "~/features/helpers/staff-helper-page";
