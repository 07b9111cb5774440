export { default, generateMetadata } from "~/features/needs/staff-need-page";
