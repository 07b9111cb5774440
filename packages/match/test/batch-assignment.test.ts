import { describe, expect, it } from "vitest";
import { assignBatch, type BatchHelper, type BatchPair } from "../src/ranking";

/** A small seeded generator (mulberry32): the same cases on every run. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Best-score-first: what a hand-run queue would do, and what batch assignment must beat. */
function greedy(helpers: readonly BatchHelper[], pairs: readonly BatchPair[]): BatchPair[] {
  const free = new Map(helpers.map((h) => [h.id, h.freeCapacity]));
  const met = new Set<number>();
  const chosen: BatchPair[] = [];
  for (const p of [...pairs].sort((a, b) => b.score - a.score)) {
    if (met.has(p.needId) || (free.get(p.helperId) ?? 0) <= 0) continue;
    met.add(p.needId);
    free.set(p.helperId, free.get(p.helperId)! - 1);
    chosen.push(p);
  }
  return chosen;
}

/** Every way of giving each need one eligible helper or none, within capacity: the best (needs met, then score). */
function bruteForce(needIds: number[], helpers: readonly BatchHelper[], pairs: readonly BatchPair[]) {
  const free = new Map(helpers.map((h) => [h.id, h.freeCapacity]));
  let best = { met: 0, total: 0 };
  const walk = (i: number, met: number, total: number) => {
    if (i === needIds.length) {
      if (met > best.met || (met === best.met && total > best.total + 1e-9)) best = { met, total };
      return;
    }
    walk(i + 1, met, total);
    for (const p of pairs.filter((p) => p.needId === needIds[i])) {
      if (free.get(p.helperId)! <= 0) continue;
      free.set(p.helperId, free.get(p.helperId)! - 1);
      walk(i + 1, met + 1, total + p.score);
      free.set(p.helperId, free.get(p.helperId)! + 1);
    }
  };
  walk(0, 0, 0);
  return best;
}

function checkValid(needIds: number[], helpers: readonly BatchHelper[], pairs: readonly BatchPair[], assigned: BatchPair[]) {
  const allowed = new Set(pairs.map((p) => `${p.needId}:${p.helperId}`));
  for (const a of assigned) expect(allowed.has(`${a.needId}:${a.helperId}`)).toBe(true);
  expect(new Set(assigned.map((a) => a.needId)).size).toBe(assigned.length);
  for (const h of helpers) expect(assigned.filter((a) => a.helperId === h.id).length).toBeLessThanOrEqual(Math.max(0, h.freeCapacity));
  for (const a of assigned) expect(needIds).toContain(a.needId);
}

describe("batch assignment", () => {
  it("meets both needs where taking the best score first meets one", () => {
    // Ada is best for both needs, but only Ada can meet need 2; Ben can meet need 1.
    const helpers = [
      { id: 1, freeCapacity: 1 },
      { id: 2, freeCapacity: 1 },
    ];
    const pairs = [
      { needId: 1, helperId: 1, score: 90 },
      { needId: 2, helperId: 1, score: 80 },
      { needId: 1, helperId: 2, score: 40 },
    ];
    expect(greedy(helpers, pairs)).toHaveLength(1);
    expect(assignBatch([{ id: 1 }, { id: 2 }], helpers, pairs)).toEqual([
      { needId: 1, helperId: 2, score: 40 },
      { needId: 2, helperId: 1, score: 80 },
    ]);
  });

  it("gives a helper as many needs as their free capacity, and no more", () => {
    const pairs = [1, 2, 3, 4].map((needId) => ({ needId, helperId: 9, score: 50 + needId }));
    const assigned = assignBatch([1, 2, 3, 4].map((id) => ({ id })), [{ id: 9, freeCapacity: 2 }], pairs);
    expect(assigned.map((a) => a.needId)).toEqual([3, 4]);
    expect(assignBatch([{ id: 1 }], [{ id: 9, freeCapacity: 0 }], pairs)).toEqual([]);
  });

  it("leaves out needs not asked about, and meets no need with nobody eligible", () => {
    const pairs = [
      { needId: 1, helperId: 1, score: 70 },
      { needId: 2, helperId: 1, score: 90 },
    ];
    expect(assignBatch([{ id: 1 }, { id: 3 }], [{ id: 1, freeCapacity: 3 }], pairs)).toEqual([{ needId: 1, helperId: 1, score: 70 }]);
  });

  it("agrees with brute force on 200 small random cases: as many needs met, the same total score, capacity kept", () => {
    const random = seeded(20261127);
    for (let round = 0; round < 200; round++) {
      const needIds = Array.from({ length: 1 + Math.floor(random() * 5) }, (_, i) => i + 1);
      const helpers = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, i) => ({ id: 100 + i, freeCapacity: Math.floor(random() * 3) }));
      const pairs: BatchPair[] = [];
      for (const needId of needIds) {
        for (const h of helpers) if (random() < 0.55) pairs.push({ needId, helperId: h.id, score: Math.round(random() * 1000) / 10 });
      }
      const assigned = assignBatch(
        needIds.map((id) => ({ id })),
        helpers,
        pairs,
      );
      checkValid(needIds, helpers, pairs, assigned);
      const best = bruteForce(needIds, helpers, pairs);
      expect(assigned.length, `case ${round}`).toBe(best.met);
      expect(assigned.reduce((sum, a) => sum + a.score, 0), `case ${round}`).toBeCloseTo(best.total, 6);
    }
  });
});
