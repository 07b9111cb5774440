import { councilSchema, type Tx } from "@lgp/db";
import { todayInLondon } from "@lgp/time";
import { and, eq, inArray, sql } from "drizzle-orm";
import { readMatchSettings } from "../settings";
import { assignBatch, type BatchPair } from "./batch";
import { isEligible } from "./gates";
import { loadHelpers, loadNeeds } from "./load";
import { reasonsFor, scoreOf } from "./score";
import type { RankedHelper } from "./types";

const { helpers, helperCategories, needs } = councilSchema;

/** One pairing of a batch proposal, for staff to review before anything is sent. */
export interface ProposedPair {
  needId: number;
  reference: string;
  helperId: number;
  publicName: string;
  score: number;
  reasons: string[];
}

/**
 * The best assignment of the council's open needs (or those of `needIds` still open) to eligible
 * helpers: as many needs met as can be, then the highest total score, within each helper's free
 * capacity. It only proposes: nothing is written or sent.
 */
export async function proposeBatch(tx: Tx, options: { today?: string; needIds?: readonly number[] } = {}): Promise<ProposedPair[]> {
  const today = options.today ?? todayInLondon().toString();
  const open = await loadNeeds(tx, and(eq(needs.status, "open"), options.needIds ? inArray(needs.id, [...options.needIds]) : undefined)!);
  if (open.length === 0) return [];
  const categoryIds = [...new Set(open.map((n) => n.categoryId))];
  const candidates = await loadHelpers(
    tx,
    and(
      eq(helpers.status, "approved"),
      sql`${helpers.pausedAt} is null`,
      sql`exists (select 1 from ${helperCategories} where ${helperCategories.helperId} = ${helpers.id} and ${inArray(helperCategories.categoryId, categoryIds)})`,
    )!,
    today,
    open,
  );
  const inCategory = new Map<number, RankedHelper[]>();
  for (const helper of candidates) for (const id of helper.categoryIds) inCategory.set(id, [...(inCategory.get(id) ?? []), helper]);

  const weights = await readMatchSettings(tx);
  const pairs: BatchPair[] = [];
  for (const need of open) {
    for (const helper of inCategory.get(need.categoryId) ?? []) {
      if (isEligible(need, helper, today)) pairs.push({ needId: need.id, helperId: helper.id, score: scoreOf(need, helper, weights) });
    }
  }
  const assigned = assignBatch(
    open,
    candidates.map((h) => ({ id: h.id, freeCapacity: h.capacity - h.activeMatches })),
    pairs,
  );
  const needById = new Map(open.map((n) => [n.id, n]));
  const helperById = new Map(candidates.map((h) => [h.id, h]));
  return assigned.map((pair) => {
    const need = needById.get(pair.needId)!;
    const helper = helperById.get(pair.helperId)!;
    return { needId: need.id, reference: need.reference, helperId: helper.id, publicName: helper.publicName, score: pair.score, reasons: reasonsFor(need, helper, today) };
  });
}
