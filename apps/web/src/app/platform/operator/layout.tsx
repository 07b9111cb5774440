export { default } from "~/features/operator/operator-layout";
