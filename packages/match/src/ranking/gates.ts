import { distanceKm } from "@lgp/postcodes";
import { Temporal } from "@lgp/time";
import { CHECK_NAMES, checkCovers, strongestCheck, type VettingCheck } from "../vetting-levels";
import { DAY_PARTS, WEEK_DAYS, type WeekPart } from "../week-parts";
import type { RankedHelper, RankedNeed } from "./types";

/**
 * The hard gates a helper must pass to be suggested for a need, in the order staff read them. Each is
 * decided here, over plain data, so suggestions, the feed, batch assignment and "why not?" agree.
 */
export const GATES = ["category", "vetting", "area", "availability", "capacity", "status", "preferences", "putForward"] as const;
export type Gate = (typeof GATES)[number];

/** A gate a helper fails for a need, and why, in words staff can act on. */
export interface Exclusion {
  gate: Gate;
  reason: string;
}

interface GateCheck {
  gate: Gate;
  passes: (need: RankedNeed, helper: RankedHelper, today: string) => boolean;
  reason: (need: RankedNeed, helper: RankedHelper) => string;
}

// Needs and helpers are values, never changed once loaded: what is worked out from one is kept beside
// it, for the thousands of pairs a batch puts it in.
const unitsCache = new WeakMap<RankedNeed, WeekPart[][]>();
const checkCache = new WeakMap<RankedHelper, { today: string; check: VettingCheck }>();

/**
 * What the resident asked for, as units each met by any one of its week parts: a recurring part is a
 * unit of its own; a date is met by any part of its weekday.
 */
export function availabilityUnits(need: RankedNeed): WeekPart[][] {
  let units = unitsCache.get(need);
  if (!units) {
    const weekdays = need.dates.map((date) => WEEK_DAYS[Temporal.PlainDate.from(date).dayOfWeek - 1]!);
    units = [...need.times.map((part) => [part]), ...weekdays.map((day) => DAY_PARTS.map((part) => `${day}-${part}` as const))];
    unitsCache.set(need, units);
  }
  return units;
}

/** The share of the need's units the helper is free for; a resident who named no times is met by anyone. */
export function availabilityOverlap(need: RankedNeed, helper: Pick<RankedHelper, "availability">): number {
  const units = availabilityUnits(need);
  if (units.length === 0) return 1;
  let met = 0;
  for (const unit of units) if (unit.some((part) => helper.availability.includes(part))) met++;
  return met / units.length;
}

/** How far the need is from where the helper helps from; null for a helper who gave wards instead. */
export function pairDistanceKm(need: RankedNeed, helper: Pick<RankedHelper, "latitude" | "longitude">): number | null {
  if (helper.latitude === null || helper.longitude === null) return null;
  return distanceKm(need, { latitude: helper.latitude, longitude: helper.longitude });
}

/** The strongest check the helper holds in date on `today`. */
export function checkInDate(helper: RankedHelper, today: string): VettingCheck {
  const cached = checkCache.get(helper);
  if (cached?.today === today) return cached.check;
  const check = strongestCheck(helper.checks.filter((c) => c.recheckOn >= today).map((c) => c.check));
  checkCache.set(helper, { today, check });
  return check;
}

/** Whether the helper speaks `language`, however either was typed. */
export const speaksLanguage = (helper: Pick<RankedHelper, "languages">, language: string) => helper.languages.some((l) => l.toLowerCase() === language.toLowerCase());

function missingPreferences(need: RankedNeed, helper: RankedHelper): string[] {
  const missing: string[] = [];
  if (!need.language && !need.helperGender && need.accessibility.length === 0) return missing;
  if (need.language && !speaksLanguage(helper, need.language)) missing.push(`does not speak ${need.language}`);
  if (need.helperGender && helper.gender !== need.helperGender) missing.push(`is not the ${need.helperGender} helper the resident asked for`);
  const unmet = need.accessibility.filter((a) => !helper.accessibility.includes(a));
  if (unmet.length > 0) missing.push(`does not offer ${unmet.join(", ").replaceAll("_", " ")}`);
  return missing;
}

function inArea(need: RankedNeed, helper: RankedHelper): boolean {
  if (need.wardCode !== null && helper.wards.includes(need.wardCode)) return true;
  const distance = pairDistanceKm(need, helper);
  return distance !== null && helper.radiusKm !== null && distance <= helper.radiusKm;
}

const CHECKS: readonly GateCheck[] = [
  {
    gate: "category",
    passes: (need, helper) => helper.categoryIds.includes(need.categoryId),
    reason: (need) => `Does not help with ${need.categoryName}`,
  },
  {
    gate: "vetting",
    passes: (need, helper, today) => checkCovers(checkInDate(helper, today), need.requiredCheck),
    reason: (need) => `Does not hold a check in date covering the ${CHECK_NAMES[need.requiredCheck]} this category needs`,
  },
  {
    gate: "area",
    passes: inArea,
    reason: () => "The need is outside the area they cover",
  },
  {
    gate: "availability",
    passes: (need, helper) => availabilityOverlap(need, helper) > 0,
    reason: () => "Is not free at any of the times the resident asked for",
  },
  {
    gate: "capacity",
    passes: (_need, helper) => helper.activeMatches < helper.capacity,
    reason: (_need, helper) => `Already has ${helper.activeMatches} active ${helper.activeMatches === 1 ? "match" : "matches"}, as many as they take on`,
  },
  {
    gate: "status",
    passes: (_need, helper) => helper.status === "approved" && !helper.paused,
    reason: (_need, helper) => (helper.paused ? "Is paused by the council's safeguarding team" : "Has not been approved by the council"),
  },
  {
    gate: "preferences",
    passes: (need, helper) => missingPreferences(need, helper).length === 0,
    reason: (need, helper) => {
      const missing = missingPreferences(need, helper).join("; ");
      return missing.charAt(0).toUpperCase() + missing.slice(1);
    },
  },
  {
    gate: "putForward",
    passes: (need, helper) => !helper.putForwardNeedIds.includes(need.id),
    reason: () => "Has already been put forward for this need",
  },
];

/** Every gate the helper fails for the need, in order; none when they are eligible. */
export function exclusions(need: RankedNeed, helper: RankedHelper, today: string): Exclusion[] {
  return CHECKS.filter((c) => !c.passes(need, helper, today)).map((c) => ({ gate: c.gate, reason: c.reason(need, helper) }));
}

export function isEligible(need: RankedNeed, helper: RankedHelper, today: string): boolean {
  return CHECKS.every((c) => c.passes(need, helper, today));
}
