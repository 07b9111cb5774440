export { default, generateMetadata } from "~/features/matching/match-page";
