export { default } from "~/features/errors/forbidden-page";
