export { addDemoPostcodes, DEMO_POSTCODES } from "./demo";
export { boundingBox, distanceKm, EARTH_RADIUS_KM, showDistance, type Place } from "./distance";
export { normalisePostcode, postcodeDistrict, postcodeProblem } from "./format";
export { importPostcodes, type ImportOptions, type ImportProgress } from "./import";
export { locatePostcode, type LocatedPostcode } from "./locate";
export { savePostcodes, type PostcodeRow } from "./save";
