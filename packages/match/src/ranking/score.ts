import { showDistance } from "@lgp/postcodes";
import type { MatchSettings } from "../settings";
import { CHECK_NAMES } from "../vetting-levels";
import { availabilityOverlap, availabilityUnits, checkInDate, pairDistanceKm, speaksLanguage } from "./gates";
import type { RankedHelper, RankedNeed } from "./types";

/** The council's weights (0 to 10 each), as its admins set them on the matching page. */
export type MatchWeights = Pick<MatchSettings, "distance" | "availability" | "continuity" | "fairLoad" | "language">;

/** An eligible helper's score for a need (0 to 100), how far they are, and why, in plain words. */
export interface Scored {
  score: number;
  distanceKm: number | null;
  reasons: string[];
}

/**
 * A helper who gave wards rather than a postcode has no distance to judge by: they are scored midway,
 * so they neither win nor lose on closeness against helpers who gave a postcode.
 */
const UNKNOWN_CLOSENESS = 0.5;

/** What the score reads of a helper. */
export type ScoredHelper = Pick<RankedHelper, "latitude" | "longitude" | "radiusKm" | "availability" | "helpedResidentIds" | "activeMatches" | "recentMatches" | "languages">;

/** Each part of the score, from 0 (worst) to 1 (best); a part that does not apply is left out. */
function parts(need: RankedNeed, helper: ScoredHelper, distance: number | null): Record<keyof MatchWeights, number | null> {
  const closeness = distance === null || helper.radiusKm === null ? UNKNOWN_CLOSENESS : Math.max(0, 1 - distance / Math.max(helper.radiusKm, 0.1));
  return {
    distance: closeness,
    availability: availabilityOverlap(need, helper),
    continuity: helper.helpedResidentIds.includes(need.residentId) ? 1 : 0,
    // Every match put forward lately counts, so work spreads even among helpers with nothing active now.
    fairLoad: 1 / (1 + helper.activeMatches + helper.recentMatches),
    language: need.language === null ? null : speaksLanguage(helper, need.language) ? 1 : 0,
  };
}

/** Every weighed part, each named once: a weight added to the settings and not here fails to compile. */
const WEIGHED = Object.keys({ distance: 0, availability: 0, continuity: 0, fairLoad: 0, language: 0 } satisfies Record<keyof MatchWeights, 0>) as (keyof MatchWeights)[];

/** The score of an eligible helper for a need: the council's weighted share of the best possible, to 0.1. */
export function scoreOf(need: RankedNeed, helper: ScoredHelper, weights: MatchWeights, distance = pairDistanceKm(need, helper)): number {
  const part = parts(need, helper, distance);
  let total = 0;
  let most = 0;
  for (const key of WEIGHED) {
    const value = part[key];
    if (value === null) continue;
    total += weights[key] * value;
    most += weights[key];
  }
  return most === 0 ? 0 : Math.round((1000 * total) / most) / 10;
}

export function scorePair(need: RankedNeed, helper: RankedHelper, weights: MatchWeights, today: string): Scored {
  const distance = pairDistanceKm(need, helper);
  return { score: scoreOf(need, helper, weights, distance), distanceKm: distance, reasons: reasonsFor(need, helper, today) };
}

/** Why they are suggested, always in this order: distance, check, times, language, knowing the resident. */
export function reasonsFor(need: RankedNeed, helper: RankedHelper, today: string): string[] {
  const distance = pairDistanceKm(need, helper);
  const said: string[] = [];
  said.push(distance === null ? "covers your ward" : `${showDistance(distance)} away`);
  const check = checkInDate(helper, today);
  if (check !== "none") said.push(CHECK_NAMES[check]);
  const units = availabilityUnits(need).length;
  if (units > 0) {
    const met = Math.round(availabilityOverlap(need, helper) * units);
    said.push(met === units ? "free at every time you asked for" : `free at ${met} of the ${units} times you asked for`);
  }
  if (need.language) said.push(`speaks ${need.language}`);
  if (helper.helpedResidentIds.includes(need.residentId)) said.push("helped you before");
  return said;
}

/** Best first: the higher score, then the nearer, then the earlier helper, so the order never wavers. */
export function suggestionOrder(a: { score: number; distanceKm: number | null; helperId: number }, b: typeof a): number {
  return b.score - a.score || (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || a.helperId - b.helperId;
}
