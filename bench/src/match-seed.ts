import { councilSchema, type Tx } from "@lgp/db";
import { WEEK_PARTS, type VettingCheck, type WeekPart } from "@lgp/match";
import type { Random } from "./random";

const { categories, helpers, helperCategories, matches, needs, people, vettingRecords } = councilSchema;

/** A borough about the size of Kingston upon Thames: 8 km north to south, 6 km east to west. */
export const BOROUGH = { south: 51.36, north: 51.43, west: -0.33, east: -0.24 };
export const CENTRE = { latitude: 51.395, longitude: -0.285 };

export const CATEGORY_CHECKS: readonly VettingCheck[] = ["none", "id_check", "dbs_basic", "dbs_enhanced", "dbs_enhanced_barred", "none", "dbs_basic", "dbs_enhanced", "id_check", "dbs_enhanced_barred"];
const HELD: readonly Exclude<VettingCheck, "none">[] = ["dbs_enhanced_barred", "dbs_enhanced_barred", "dbs_enhanced", "dbs_enhanced", "dbs_basic", "id_check"];
export const LANGUAGES = ["Polish", "Urdu", "Tamil", "Korean", "Arabic"] as const;

export const somewhere = (random: Random) => ({
  latitude: BOROUGH.south + random.next() * (BOROUGH.north - BOROUGH.south),
  longitude: BOROUGH.west + random.next() * (BOROUGH.east - BOROUGH.west),
});

export const weekParts = (random: Random, n: number): WeekPart[] => random.some(WEEK_PARTS, n);

async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await insert(rows.slice(i, i + 1000));
}

export async function seedCategories(tx: Tx): Promise<number[]> {
  const rows = await tx
    .insert(categories)
    .values(CATEGORY_CHECKS.map((requiredCheck, i) => ({ slug: `category-${i}`, name: `Category ${i}`, requiredCheck })))
    .returning({ id: categories.id });
  return rows.map((r) => r.id);
}

/**
 * `count` approved volunteers spread over the borough, each helping in `everyone` (when given) and two
 * other categories, with a check in date, a radius of 3 to 10 km, about a third of the week free.
 */
export async function seedHelpers(tx: Tx, random: Random, count: number, categoryIds: number[], everyone?: number): Promise<number[]> {
  const persons = await insertPeople(tx, "helper", count);
  const rows = persons.map((personId, i) => ({
    kind: "volunteer" as const,
    personId,
    publicName: `Helper ${i}`,
    status: "approved" as const,
    postcode: "KT1 1AA",
    ...somewhere(random),
    radiusKm: random.int(3, 10),
    availability: weekParts(random, random.int(4, 12)),
    capacity: random.int(1, 3),
    languages: random.next() < 0.2 ? ["English", random.pick(LANGUAGES)] : ["English"],
    gender: random.pick(["female", "male"] as const),
  }));
  const ids: number[] = [];
  await inChunks(rows, async (chunk) => ids.push(...(await tx.insert(helpers).values(chunk).returning({ id: helpers.id })).map((r) => r.id)));
  const links = ids.flatMap((helperId) => [...new Set([...(everyone ? [everyone] : []), ...random.some(categoryIds, 2)])].map((categoryId) => ({ helperId, categoryId })));
  await inChunks(links, (chunk) => tx.insert(helperCategories).values(chunk));
  const checks = ids.map((helperId, i) => ({ helperId, check: random.pick(HELD), issuedOn: "2026-01-10", recheckOn: `202${random.int(7, 8)}-0${random.int(1, 9)}-1${random.int(0, 9)}`, verifiedBy: persons[i]! }));
  await inChunks(checks, (chunk) => tx.insert(vettingRecords).values(chunk));
  return ids;
}

/** `count` open needs across the borough, from as many residents, each asking for two parts of the week. */
export async function seedNeeds(tx: Tx, random: Random, count: number, categoryIds: number[], status: "open" | "done" = "open"): Promise<number[]> {
  const residents = await insertPeople(tx, `resident-${status}`, count);
  const rows = residents.map((residentId, i) => ({
    reference: `B${status[0]}${i}`.toUpperCase(),
    residentId,
    createdBy: residentId,
    categoryId: random.pick(categoryIds),
    description: "Help wanted",
    postcode: "KT1 1AA",
    ...somewhere(random),
    times: weekParts(random, 2),
    urgency: "within_weeks" as const,
    language: random.next() < 0.05 ? random.pick(LANGUAGES) : null,
    status,
    expiresAt: new Date("2027-01-01T00:00:00Z"),
  }));
  const ids: number[] = [];
  await inChunks(rows, async (chunk) => ids.push(...(await tx.insert(needs).values(chunk).returning({ id: needs.id })).map((r) => r.id)));
  return ids;
}

/** Past help: each of `needIds` ended with a random helper, so load and continuity have something to count. */
export async function seedPastMatches(tx: Tx, random: Random, needIds: number[], helperIds: number[], proposedBy: number): Promise<void> {
  const rows = needIds.map((needId) => ({ needId, helperId: random.pick(helperIds), status: "ended" as const, proposedBy }));
  await inChunks(rows, (chunk) => tx.insert(matches).values(chunk).onConflictDoNothing());
}

async function insertPeople(tx: Tx, kind: string, count: number): Promise<number[]> {
  const ids: number[] = [];
  const rows = Array.from({ length: count }, (_, i) => ({ email: `${kind}-${i}@bench.example` }));
  await inChunks(rows, async (chunk) => ids.push(...(await tx.insert(people).values(chunk).returning({ id: people.id })).map((r) => r.id)));
  return ids;
}
