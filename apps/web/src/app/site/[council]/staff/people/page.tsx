export { default } from "~/features/people/lookup-page";
