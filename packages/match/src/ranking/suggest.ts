import { councilSchema, type Tx } from "@lgp/db";
import { todayInLondon } from "@lgp/time";
import { and, eq, sql } from "drizzle-orm";
import { readMatchSettings } from "../settings";
import { vettedFor } from "../vetting-levels";
import { exclusions, isEligible, pairDistanceKm, type Exclusion } from "./gates";
import { loadHelpers, loadNeeds, type LoadedNeed } from "./load";
import { reasonsFor, scoreOf, suggestionOrder } from "./score";
import { helperMayCover, helperMayMeet } from "./sql-narrowing";

const { helpers, helperCategories, matches, needs } = councilSchema;

/** An eligible helper suggested for a need, with their score (0 to 100) and why. */
export interface Suggestion {
  helperId: number;
  publicName: string;
  score: number;
  /** From where they help from; null for a helper who covers wards rather than a distance. */
  distanceKm: number | null;
  reasons: string[];
}

const DEFAULT_LIMIT = 20;

const londonToday = () => todayInLondon().toString();

/** One need as ranking reads it, or null when the council has no such need. */
export async function needForRanking(tx: Tx, needId: number): Promise<LoadedNeed | null> {
  return (await loadNeeds(tx, eq(needs.id, needId)))[0] ?? null;
}

/**
 * The helpers eligible for a need, best first (ties by distance, then the earlier helper). SQL narrows
 * to approved, unpaused helpers in the category, vetted for it, near enough, free at one of the times
 * asked and meeting the resident's preferences; the gates decide.
 */
export async function suggestHelpers(tx: Tx, needId: number, options: { today?: string; limit?: number } = {}): Promise<Suggestion[]> {
  const today = options.today ?? londonToday();
  const need = await needForRanking(tx, needId);
  if (!need) return [];
  const narrowed = and(
    eq(helpers.status, "approved"),
    sql`${helpers.pausedAt} is null`,
    sql`exists (select 1 from ${helperCategories} where ${helperCategories.helperId} = ${helpers.id} and ${helperCategories.categoryId} = ${need.categoryId})`,
    vettedFor(helpers.id, need.requiredCheck, today),
    helperMayCover(need, need.wardCode),
    helperMayMeet(need),
    sql`not exists (select 1 from ${matches} where ${matches.needId} = ${need.id} and ${matches.helperId} = ${helpers.id})`,
  )!;
  const weights = await readMatchSettings(tx);
  const eligible = (await loadHelpers(tx, narrowed, today, [need])).filter((helper) => isEligible(need, helper, today));
  // Reasons are worded only for those shown: a borough may have thousands eligible.
  return eligible
    .map((helper) => {
      const distanceKm = pairDistanceKm(need, helper);
      return { helper, helperId: helper.id, distanceKm, score: scoreOf(need, helper, weights, distanceKm) };
    })
    .sort(suggestionOrder)
    .slice(0, options.limit ?? DEFAULT_LIMIT)
    .map(({ helper, helperId, distanceKm, score }) => ({ helperId, publicName: helper.publicName, score, distanceKm, reasons: reasonsFor(need, helper, today) }));
}

/**
 * Every gate one helper fails for one need (none: they are eligible), for staff asking why someone is
 * not suggested; null when the council has no such need or helper.
 */
export async function exclusionsFor(tx: Tx, needId: number, helperId: number, options: { today?: string } = {}): Promise<Exclusion[] | null> {
  const today = options.today ?? londonToday();
  const need = await needForRanking(tx, needId);
  if (!need) return null;
  const [helper] = await loadHelpers(tx, eq(helpers.id, helperId), today, [need]);
  return helper ? exclusions(need, helper, today) : null;
}
