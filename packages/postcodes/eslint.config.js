export { default } from "@lgp/eslint-config";
