export { default, generateMetadata } from "~/features/needs/staff-needs-page";
