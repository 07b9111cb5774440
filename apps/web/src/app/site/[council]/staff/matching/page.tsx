export { default, generateMetadata } from "~/features/matching/batch-page";
