export { derivedKey } from "./key";
export { isSealed, mask, open, seal } from "./seal";
