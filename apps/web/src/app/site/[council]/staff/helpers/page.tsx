export { default, generateMetadata } from "~/features/helpers/staff-helpers-page";
