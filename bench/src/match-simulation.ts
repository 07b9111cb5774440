/**
 * A month in a borough, simulated in memory with the matching's own gates, score and batch assignment:
 * needs and helpers arrive over the month (seeded), staff run an assignment every two hours, help
 * lasts some days and frees the helper. The same arrivals are run twice: with batch assignment, and
 * with nearest-first dispatch (each waiting need, oldest first, to the nearest eligible helper free).
 * Every proposal is taken as accepted at once: the figures compare the two ways of choosing, not
 * residents' answers.
 */
import { assignBatch, DEFAULT_MATCH_SETTINGS, isEligible, pairDistanceKm, scoreOf, type RankedHelper, type RankedNeed, type VettingCheck } from "@lgp/match";
import { CATEGORY_CHECKS, LANGUAGES, somewhere, weekParts } from "./match-seed";
import { seeded, type Random } from "./random";

const HOURS = 30 * 24;
const TICK_HOURS = 2;
const NEEDS = 600;
const HELPERS_AT_START = 120;
const HELPERS_JOINING = 60;
const RESIDENTS = 420;
const EXPIRY_HOURS = 28 * 24;
const RECENT_HOURS = 28 * 24;
const TODAY = "2026-12-01";

interface Arrival<T> {
  at: number;
  item: T;
}

interface World {
  needs: Arrival<RankedNeed>[];
  helpers: Arrival<RankedHelper>[];
  /** How many hours each need's help lasts once matched. */
  lasts: Map<number, number>;
}

function makeWorld(random: Random): World {
  const categoryIds = CATEGORY_CHECKS.map((_, i) => i + 1);
  const needs = Array.from({ length: NEEDS }, (_, i) => {
    const categoryId = random.pick(categoryIds);
    const need: RankedNeed = {
      id: i + 1,
      residentId: random.int(1, RESIDENTS),
      categoryId,
      categoryName: `Category ${categoryId}`,
      requiredCheck: CATEGORY_CHECKS[categoryId - 1]!,
      ...somewhere(random),
      wardCode: null,
      times: weekParts(random, 2),
      dates: [],
      language: random.next() < 0.05 ? random.pick(LANGUAGES) : null,
      helperGender: null,
      accessibility: [],
    };
    return { at: random.next() * HOURS, item: need };
  }).sort((a, b) => a.at - b.at);
  const held: VettingCheck[] = ["dbs_enhanced_barred", "dbs_enhanced", "dbs_enhanced", "dbs_basic", "id_check"];
  const helpers = Array.from({ length: HELPERS_AT_START + HELPERS_JOINING }, (_, i) => {
    const helper: RankedHelper = {
      id: i + 1,
      publicName: `Helper ${i + 1}`,
      status: "approved",
      paused: false,
      categoryIds: random.some(categoryIds, random.int(2, 3)),
      checks: [{ check: random.pick(held), recheckOn: "2027-09-01" }],
      ...somewhere(random),
      radiusKm: random.int(2, 6),
      wards: [],
      availability: weekParts(random, random.int(4, 12)),
      capacity: random.int(1, 3),
      activeMatches: 0,
      recentMatches: 0,
      languages: random.next() < 0.2 ? ["English", random.pick(LANGUAGES)] : ["English"],
      gender: null,
      accessibility: [],
      helpedResidentIds: [],
      putForwardNeedIds: [],
    };
    return { at: i < HELPERS_AT_START ? 0 : random.next() * HOURS, item: helper };
  }).sort((a, b) => a.at - b.at);
  const lasts = new Map(needs.map((n) => [n.item.id, random.int(2, 10) * 24]));
  return { needs, helpers, lasts };
}

type Chooser = (open: RankedNeed[], helpers: RankedHelper[]) => { needId: number; helperId: number }[];

/** Batch assignment as staff run it: every eligible pair scored with the default weights, then munkres. */
const batch: Chooser = (open, helpers) => {
  const pairs = open.flatMap((need) => helpers.filter((h) => isEligible(need, h, TODAY)).map((h) => ({ needId: need.id, helperId: h.id, score: scoreOf(need, h, DEFAULT_MATCH_SETTINGS) })));
  return assignBatch(open, helpers.map((h) => ({ id: h.id, freeCapacity: h.capacity - h.activeMatches })), pairs);
};

/** Nearest-first dispatch: each waiting need, oldest first, to the nearest eligible helper with room. */
const nearestFirst: Chooser = (open, helpers) => {
  const chosen: { needId: number; helperId: number }[] = [];
  const taken = new Map<number, number>();
  for (const need of open) {
    const free = helpers.filter((h) => h.activeMatches + (taken.get(h.id) ?? 0) < h.capacity && isEligible(need, h, TODAY));
    const nearest = free.sort((a, b) => pairDistanceKm(need, a)! - pairDistanceKm(need, b)! || a.id - b.id)[0];
    if (!nearest) continue;
    taken.set(nearest.id, (taken.get(nearest.id) ?? 0) + 1);
    chosen.push({ needId: need.id, helperId: nearest.id });
  }
  return chosen;
};

export interface MonthFigures {
  needs: number;
  metWithin48h: number;
  met: number;
  medianWaitHours: number;
  helpers: number;
  helpersUsed: number;
}

function runMonth(world: World, choose: Chooser): MonthFigures {
  // Each run starts from fresh copies: the choosers change helpers' counts as the month goes on.
  const helpers = world.helpers.map((a) => ({ at: a.at, item: { ...a.item, helpedResidentIds: [] as number[] } }));
  const byId = new Map(helpers.map((a) => [a.item.id, a.item]));
  const waits: number[] = [];
  const starts: { helperId: number; at: number; ends: number }[] = [];
  const used = new Set<number>();
  let next = 0;
  const open: Arrival<RankedNeed>[] = [];
  for (let hour = 0; hour <= HOURS; hour += TICK_HOURS) {
    while (next < world.needs.length && world.needs[next]!.at <= hour) open.push(world.needs[next++]!);
    for (let i = open.length - 1; i >= 0; i--) if (hour - open[i]!.at > EXPIRY_HOURS) open.splice(i, 1);
    const present = helpers.filter((a) => a.at <= hour).map((a) => a.item);
    for (const h of present) {
      h.activeMatches = starts.filter((s) => s.helperId === h.id && s.ends > hour).length;
      h.recentMatches = starts.filter((s) => s.helperId === h.id && hour - s.at <= RECENT_HOURS).length;
    }
    const chosen = choose(
      open.map((a) => a.item),
      present,
    );
    for (const { needId, helperId } of chosen) {
      const index = open.findIndex((a) => a.item.id === needId);
      const [arrival] = open.splice(index, 1);
      waits.push(hour - arrival!.at);
      starts.push({ helperId, at: hour, ends: hour + world.lasts.get(needId)! });
      byId.get(helperId)!.helpedResidentIds.push(arrival!.item.residentId);
      used.add(helperId);
    }
  }
  const sorted = [...waits].sort((a, b) => a - b);
  return {
    needs: world.needs.length,
    metWithin48h: waits.filter((w) => w <= 48).length,
    met: waits.length,
    medianWaitHours: sorted[Math.floor(sorted.length / 2)] ?? 0,
    helpers: helpers.length,
    helpersUsed: used.size,
  };
}

/** The month under both ways of choosing, from one seed. */
export function simulateMonth(seed: number): { batch: MonthFigures; nearestFirst: MonthFigures } {
  const world = makeWorld(seeded(seed));
  return { batch: runMonth(world, batch), nearestFirst: runMonth(world, nearestFirst) };
}
