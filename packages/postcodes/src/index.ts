export { boundingBox, distanceKm, showDistance, type Place } from "./distance";
export { normalisePostcode, postcodeDistrict, postcodeProblem } from "./format";
export { locatePostcode, type LocatedPostcode } from "./locate";
