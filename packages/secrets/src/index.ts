export { maskFields, openFields, sealFields } from "./fields";
export { derivedKey } from "./key";
export { isSealed, mask, open, seal } from "./seal";
