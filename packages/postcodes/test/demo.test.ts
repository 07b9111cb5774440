import { describe, expect, it } from "vitest";
import { DEMO_POSTCODES } from "../src/demo";
import { distanceKm } from "../src/distance";
import { normalisePostcode } from "../src/format";

// Each borough's civic centre: every demo postcode of the borough lies within a few km of it.
const CENTRES = {
  kingston: { latitude: 51.4079, longitude: -0.306 },
  richmond: { latitude: 51.4475, longitude: -0.3289 },
  sutton: { latitude: 51.3619, longitude: -0.1937 },
};

describe("the demo councils' postcodes", () => {
  for (const [slug, rows] of Object.entries(DEMO_POSTCODES) as [keyof typeof DEMO_POSTCODES, (typeof DEMO_POSTCODES)["kingston"]][]) {
    it(`gives ${slug} about fifteen distinct postcodes, in their stored form, spread over several wards of the borough`, () => {
      expect(rows.length).toBeGreaterThanOrEqual(15);
      expect(new Set(rows.map((r) => r.postcode)).size).toBe(rows.length);
      for (const row of rows) {
        expect(normalisePostcode(row.postcode), row.postcode).toBe(row.postcode);
        expect(row.wardCode, row.postcode).toMatch(/^E05\d{6}$/);
        expect(distanceKm(CENTRES[slug], row), row.postcode).toBeLessThan(9);
      }
      expect(new Set(rows.map((r) => r.wardCode)).size).toBeGreaterThanOrEqual(8);
    });
  }
});
