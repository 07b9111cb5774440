export { isPublicAddress, nonPublicReason, publicAddressOf, resolveAll, type Resolve } from "./public-address";
