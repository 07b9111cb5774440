import { munkres } from "munkres";

/** An eligible pairing and its score (0 to 100); pairs not listed are not allowed. */
export interface BatchPair {
  needId: number;
  helperId: number;
  score: number;
}

/** A helper and how many more matches they can take on now. */
export interface BatchHelper {
  id: number;
  freeCapacity: number;
}

/**
 * Assigns many needs to many helpers at once, exactly: first as many needs met as possible, then the
 * highest total score among those, never more of a helper's matches than their free capacity.
 *
 * Munkres over needs × helper places (a helper's column repeated once per free place): an eligible pair
 * costs 100 − score, an ineligible one more than any set of eligible pairs could together, so meeting one
 * more need always beats any gain in score. Pairs made at that cost are no pairs, and dropped.
 */
export function assignBatch(needs: readonly { id: number }[], helpers: readonly BatchHelper[], pairs: readonly BatchPair[]): BatchPair[] {
  const wanted = new Set(needs.map((n) => n.id));
  const usable = pairs.filter((p) => wanted.has(p.needId));
  const rowOf = new Map<number, number>();
  for (const p of usable) if (!rowOf.has(p.needId)) rowOf.set(p.needId, rowOf.size);
  const pairsOf = new Map<number, number>();
  for (const p of usable) pairsOf.set(p.helperId, (pairsOf.get(p.helperId) ?? 0) + 1);

  // A helper never needs more places than the needs they could meet.
  const places: number[] = [];
  const firstPlace = new Map<number, number>();
  for (const helper of helpers) {
    const count = Math.min(helper.freeCapacity, pairsOf.get(helper.id) ?? 0);
    if (count <= 0) continue;
    firstPlace.set(helper.id, places.length);
    for (let i = 0; i < count; i++) places.push(helper.id);
  }
  if (rowOf.size === 0 || places.length === 0) return [];

  const neverCost = 100 * Math.min(rowOf.size, places.length) + 1;
  const costs = Array.from({ length: rowOf.size }, () => new Float64Array(places.length).fill(neverCost));
  const byCell = new Map<string, BatchPair>();
  for (const p of usable) {
    const first = firstPlace.get(p.helperId);
    if (first === undefined) continue;
    const row = costs[rowOf.get(p.needId)!]!;
    for (let column = first; places[column] === p.helperId; column++) row[column] = 100 - p.score;
    byCell.set(`${p.needId}:${p.helperId}`, p);
  }

  const needIds = [...rowOf.keys()];
  const assigned: BatchPair[] = [];
  for (const [row, column] of munkres(costs)) {
    if (costs[row]![column] === neverCost) continue;
    assigned.push(byCell.get(`${needIds[row]}:${places[column]}`)!);
  }
  return assigned.sort((a, b) => a.needId - b.needId);
}
