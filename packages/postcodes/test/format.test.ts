import { describe, expect, it } from "vitest";
import { normalisePostcode, postcodeDistrict, postcodeProblem } from "../src/format";

describe("postcode format", () => {
  it("reads a postcode however it is typed as one, upper case with one space", () => {
    for (const typed of ["kt11eu", " KT1  1EU ", "KT1 1EU", "Kt1 1eU"]) expect(normalisePostcode(typed)).toBe("KT1 1EU");
    expect(normalisePostcode("sw1a2aa")).toBe("SW1A 2AA");
  });

  it("refuses what is not shaped like a postcode", () => {
    for (const typed of ["", "KT1", "12345", "KT1 1EUX", "hello"]) expect(normalisePostcode(typed)).toBeNull();
  });

  it("says what is wrong in GOV.UK's words", () => {
    expect(postcodeProblem("  ")).toBe("Enter a postcode");
    expect(postcodeProblem("KT1")).toBe("Enter a real postcode, like KT1 1EU");
    expect(postcodeProblem("kt1 1eu")).toBeNull();
  });

  it("gives the district, which says where without saying who", () => {
    expect(postcodeDistrict("KT1 1EU")).toBe("KT1");
    expect(postcodeDistrict("TW10 7RS")).toBe("TW10");
  });
});
