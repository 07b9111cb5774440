import type { RankedHelper, RankedNeed } from "../../src/ranking";

/** Kingston upon Thames, near the Guildhall. */
export const CENTRE = { latitude: 51.4085, longitude: -0.3064 };

/** A point `km` north of the centre. */
export const north = (km: number) => ({ latitude: CENTRE.latitude + km / 111.195, longitude: CENTRE.longitude });

export const TODAY = "2026-11-27";

/** A need every helper from `aHelper` is eligible for; tests change one thing at a time. */
export function aNeed(changes: Partial<RankedNeed> = {}): RankedNeed {
  return {
    id: 1,
    residentId: 100,
    categoryId: 7,
    categoryName: "Befriending visits",
    requiredCheck: "dbs_enhanced",
    ...CENTRE,
    wardCode: "E05000400",
    times: ["tue-morning"],
    dates: [],
    language: null,
    helperGender: null,
    accessibility: [],
    ...changes,
  };
}

export function aHelper(changes: Partial<RankedHelper> = {}): RankedHelper {
  return {
    id: 10,
    publicName: "Ada",
    status: "approved",
    paused: false,
    categoryIds: [7],
    checks: [{ check: "dbs_enhanced", recheckOn: "2027-06-01" }],
    ...north(2),
    radiusKm: 5,
    wards: [],
    availability: ["tue-morning", "thu-afternoon"],
    capacity: 2,
    activeMatches: 0,
    recentMatches: 0,
    languages: ["English"],
    gender: "female",
    accessibility: [],
    helpedResidentIds: [],
    putForwardNeedIds: [],
    ...changes,
  };
}
