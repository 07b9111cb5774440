export { maskFields, openFields, sealFields } from "./fields";
export { derivedKey } from "./key";
export { mask, open, seal } from "./seal";
