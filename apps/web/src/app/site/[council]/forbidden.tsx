export { default, generateMetadata } from "~/features/errors/forbidden-page";
