export { default, generateMetadata } from "~/features/matching/feed-page";
