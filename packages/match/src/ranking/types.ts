import type { councilSchema } from "@lgp/db";
import type { VettingCheck } from "../vetting-levels";
import type { WeekPart } from "../week-parts";

type HelperRow = typeof councilSchema.helpers.$inferSelect;

/** A need as ranking reads it: where, when, in which category, and what the resident requires. */
export interface RankedNeed {
  id: number;
  residentId: number;
  categoryId: number;
  categoryName: string;
  requiredCheck: VettingCheck;
  latitude: number;
  longitude: number;
  wardCode: string | null;
  times: readonly WeekPart[];
  /** Particular dates, Europe/London ("2026-12-01"). */
  dates: readonly string[];
  language: string | null;
  helperGender: HelperRow["gender"];
  accessibility: readonly string[];
}

/** A helper as ranking reads it, with what the loaders found about their matches and checks. */
export interface RankedHelper {
  id: number;
  publicName: string;
  status: HelperRow["status"];
  paused: boolean;
  categoryIds: readonly number[];
  /** Their checks and the dates each must be renewed by. */
  checks: readonly { check: VettingCheck; recheckOn: string }[];
  latitude: number | null;
  longitude: number | null;
  radiusKm: number | null;
  wards: readonly string[];
  availability: readonly WeekPart[];
  capacity: number;
  /** Matches offered, accepted or on hold: what counts against capacity. */
  activeMatches: number;
  /** Matches put forward in the last few weeks, whatever became of them: what fair load spreads. */
  recentMatches: number;
  languages: readonly string[];
  gender: HelperRow["gender"];
  accessibility: readonly string[];
  /** Residents (of the needs being ranked) they have helped: an accepted or ended match. */
  helpedResidentIds: readonly number[];
  /** Needs (of those being ranked) they have already been put forward for, in any status. */
  putForwardNeedIds: readonly number[];
}
