export { default, generateMetadata } from "~/features/people/lookup-page";
