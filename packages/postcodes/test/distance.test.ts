import { describe, expect, it } from "vitest";
import { boundingBox, distanceKm, showDistance } from "../src/distance";

// Nelson's Column and the Eiffel Tower: 343.5 km apart on the great circle.
const LONDON = { latitude: 51.5077, longitude: -0.1279 };
const PARIS = { latitude: 48.8584, longitude: 2.2945 };

describe("distance", () => {
  it("measures the great circle between two known places within 1%", () => {
    expect(Math.abs(distanceKm(LONDON, PARIS) - 343.5) / 343.5).toBeLessThan(0.01);
    expect(distanceKm(LONDON, PARIS)).toBeCloseTo(distanceKm(PARIS, LONDON), 9);
    expect(distanceKm(LONDON, LONDON)).toBe(0);
  });

  it("gives a box that holds every point within the distance", () => {
    const box = boundingBox(LONDON, 5);
    for (const [dLat, dLon] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
      const edge = { latitude: LONDON.latitude + dLat * 0.0449, longitude: LONDON.longitude + dLon * 0.0721 };
      expect(distanceKm(LONDON, edge)).toBeLessThan(5.01);
      expect(edge.latitude).toBeGreaterThanOrEqual(box.minLatitude);
      expect(edge.latitude).toBeLessThanOrEqual(box.maxLatitude);
      expect(edge.longitude).toBeGreaterThanOrEqual(box.minLongitude);
      expect(edge.longitude).toBeLessThanOrEqual(box.maxLongitude);
    }
  });

  it("shows a distance as a person reads it", () => {
    expect(showDistance(0.02)).toBe("100 m");
    expect(showDistance(0.34)).toBe("350 m");
    expect(showDistance(2.14)).toBe("2.1 km");
    expect(showDistance(14.4)).toBe("14 km");
  });
});
