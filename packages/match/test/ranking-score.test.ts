import { describe, expect, it } from "vitest";
import { DEFAULT_MATCH_SETTINGS } from "../src/settings";
import { scorePair, suggestionOrder, type MatchWeights, type RankedHelper } from "../src/ranking";
import { aHelper, aNeed, north, TODAY } from "./support/ranking";

const ONLY = (key: keyof MatchWeights): MatchWeights => ({ distance: 0, availability: 0, continuity: 0, fairLoad: 0, language: 0, [key]: 10 });

function ranked(helpers: RankedHelper[], weights: MatchWeights, need = aNeed()) {
  return helpers
    .map((h) => ({ helperId: h.id, ...scorePair(need, h, weights, TODAY) }))
    .sort(suggestionOrder)
    .map((s) => s.helperId);
}

describe("the score", () => {
  it("puts the closer helper first, scoring 0 at the edge of their radius and 100 on the doorstep", () => {
    const near = aHelper({ id: 1, ...north(1) });
    const far = aHelper({ id: 2, ...north(4) });
    expect(ranked([far, near], ONLY("distance"))).toEqual([1, 2]);
    expect(scorePair(aNeed(), aHelper({ ...north(5) }), ONLY("distance"), TODAY).score).toBe(0);
    expect(scorePair(aNeed(), aHelper({ ...north(0) }), ONLY("distance"), TODAY).score).toBe(100);
  });

  it("prefers the helper free at more of the times asked", () => {
    const need = aNeed({ times: ["tue-morning", "thu-afternoon", "sat-morning"] });
    const some = aHelper({ id: 1, ...north(1), availability: ["tue-morning"] });
    const all = aHelper({ id: 2, ...north(3), availability: ["tue-morning", "thu-afternoon", "sat-morning"] });
    expect(ranked([some, all], ONLY("availability"), need)).toEqual([2, 1]);
    expect(scorePair(need, some, ONLY("availability"), TODAY).score).toBeCloseTo(33.3, 1);
  });

  it("prefers the helper who has helped the resident before, then the one with less work lately", () => {
    const known = aHelper({ id: 1, ...north(4), helpedResidentIds: [100], recentMatches: 3 });
    const busy = aHelper({ id: 2, ...north(1), activeMatches: 1, recentMatches: 2 });
    const idle = aHelper({ id: 3, ...north(3) });
    expect(ranked([idle, busy, known], ONLY("continuity"))).toEqual([1, 2, 3]);
    expect(ranked([idle, busy, known], ONLY("fairLoad"))).toEqual([3, 2, 1]);
  });

  it("changes the order when the council changes its weights", () => {
    const near = aHelper({ id: 1, ...north(0.5), recentMatches: 4 });
    const fresh = aHelper({ id: 2, ...north(4) });
    expect(ranked([near, fresh], { ...DEFAULT_MATCH_SETTINGS, distance: 10, fairLoad: 1 })).toEqual([1, 2]);
    expect(ranked([near, fresh], { ...DEFAULT_MATCH_SETTINGS, distance: 1, fairLoad: 10 })).toEqual([2, 1]);
  });

  it("counts language only when the resident gave one", () => {
    const helper = aHelper({ languages: ["English", "Polish"] });
    expect(scorePair(aNeed({ language: "Polish" }), helper, ONLY("language"), TODAY).score).toBe(100);
    expect(scorePair(aNeed(), helper, ONLY("language"), TODAY).score).toBe(0);
  });

  it("breaks ties by distance, then by the earlier helper", () => {
    const weights = ONLY("continuity");
    expect(ranked([aHelper({ id: 3, ...north(2) }), aHelper({ id: 2, ...north(1) }), aHelper({ id: 1, ...north(2) })], weights)).toEqual([2, 1, 3]);
  });

  it("stays between 0 and 100, and is 0 when every weight is 0", () => {
    for (const km of [0, 1, 2.5, 4.9]) {
      const { score } = scorePair(aNeed({ language: "English" }), aHelper({ ...north(km), helpedResidentIds: [100] }), DEFAULT_MATCH_SETTINGS, TODAY);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
    }
    expect(scorePair(aNeed(), aHelper(), { ...ONLY("distance"), distance: 0 }, TODAY).score).toBe(0);
  });
});

describe("the reasons", () => {
  it("says why in plain words, in a fixed order", () => {
    const need = aNeed({ language: "Polish", times: ["tue-morning", "thu-afternoon"] });
    const helper = aHelper({ ...north(2.1), languages: ["Polish"], helpedResidentIds: [100] });
    expect(scorePair(need, helper, DEFAULT_MATCH_SETTINGS, TODAY).reasons).toEqual([
      "2.1 km away",
      "Enhanced DBS check",
      "free at every time you asked for",
      "speaks Polish",
      "helped you before",
    ]);
  });

  it("names the strongest check still in date, how many times they are free for, and a ward helper's ward", () => {
    const need = aNeed({ requiredCheck: "none", times: ["tue-morning", "sat-morning"] });
    const helper = aHelper({
      latitude: null,
      longitude: null,
      radiusKm: null,
      wards: ["E05000400"],
      checks: [
        { check: "dbs_enhanced_barred", recheckOn: "2026-11-01" },
        { check: "dbs_basic", recheckOn: "2027-01-01" },
      ],
    });
    expect(scorePair(need, helper, DEFAULT_MATCH_SETTINGS, TODAY)).toMatchObject({
      distanceKm: null,
      reasons: ["covers your ward", "Basic DBS check", "free at 1 of the 2 times you asked for"],
    });
  });
});
