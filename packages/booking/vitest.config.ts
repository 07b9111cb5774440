export { default } from "@lgp/vitest-config";
