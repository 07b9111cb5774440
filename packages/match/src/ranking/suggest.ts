import { councilSchema, rowsOf, type Tx } from "@lgp/db";
import { todayInLondon } from "@lgp/time";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { readMatchSettings } from "../settings";
import { vettedFor } from "../vetting-levels";
import { exclusions, isEligible, pairDistanceKm, type Exclusion } from "./gates";
import { loadHelpers, loadNeeds, type LoadedNeed } from "./load";
import { reasonsFor, scoreOf, suggestionOrder, type MatchWeights } from "./score";
import type { WeekPart } from "../week-parts";
import type { RankedHelper } from "./types";
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
 *
 * A borough may have thousands past the narrowing, and loading each one's checks and matches is what
 * costs. So they are loaded whole a few at a time, highest possible score first, until nobody left
 * could score above the last one shown: the result is the same as gating and scoring them all.
 */
export async function suggestHelpers(tx: Tx, needId: number, options: { today?: string; limit?: number } = {}): Promise<Suggestion[]> {
  const today = options.today ?? londonToday();
  const limit = options.limit ?? DEFAULT_LIMIT;
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
  const candidates = await bestPossible(tx, need, narrowed, weights);
  const chosen: { helper: RankedHelper; helperId: number; distanceKm: number | null; score: number }[] = [];
  let next = 0;
  for (let size = FIRST_LOAD; next < candidates.length; size *= 2) {
    const last = chosen[limit - 1];
    if (last && last.score > candidates[next]!.best) break;
    const ids = candidates.slice(next, next + size).map((c) => c.id);
    next += ids.length;
    for (const helper of await loadHelpers(tx, inArray(helpers.id, ids), today, [need])) {
      if (!isEligible(need, helper, today)) continue;
      const distanceKm = pairDistanceKm(need, helper);
      chosen.push({ helper, helperId: helper.id, distanceKm, score: scoreOf(need, helper, weights, distanceKm) });
    }
    chosen.sort(suggestionOrder).splice(limit);
  }
  // Reasons are worded only for those shown.
  return chosen.map(({ helper, helperId, distanceKm, score }) => ({ helperId, publicName: helper.publicName, score, distanceKm, reasons: reasonsFor(need, helper, today) }));
}

/** How many helpers are loaded whole first; each load after takes twice as many. */
const FIRST_LOAD = 50;

/**
 * The narrowed helpers with the most each could score, highest first: their distance and times as they
 * are, and the best assumed of the rest: nothing counting against fair load, continuity with anyone ever
 * matched with the resident, and the resident's language spoken (the narrowing asked for it already).
 */
async function bestPossible(tx: Tx, need: LoadedNeed, narrowed: SQL, weights: MatchWeights): Promise<{ id: number; best: number }[]> {
  // Read raw, as loadHelpers does: mapping thousands of rows through the query builder costs more than the query.
  const result = await tx.execute(sql`
    select helpers.id, helpers.latitude, helpers.longitude, helpers.radius_km, helpers.availability,
      helpers.id in (select mt.helper_id from matches mt join needs n on n.id = mt.need_id where n.resident_id = ${need.residentId}) as met_before
    from ${helpers} where ${narrowed}`);
  const rows = rowsOf<{ id: string | number; latitude: number | null; longitude: number | null; radius_km: number | null; availability: WeekPart[]; met_before: boolean }>(result);
  return rows
    .map((row) => ({
      id: Number(row.id),
      // Built field by field: spreading thousands of driver rows is slower than all the scoring.
      best: scoreOf(
        need,
        {
          latitude: row.latitude,
          longitude: row.longitude,
          radiusKm: row.radius_km,
          availability: row.availability,
          languages: need.language ? [need.language] : [],
          activeMatches: 0,
          recentMatches: 0,
          helpedResidentIds: row.met_before ? [need.residentId] : [],
        },
        weights,
      ),
    }))
    .sort((a, b) => b.best - a.best);
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
