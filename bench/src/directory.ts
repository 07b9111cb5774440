/**
 * `pnpm --filter @lgp/bench bench directory`: the directory's search, on both drivers, written to
 * docs/benchmarks/match-directory.md.
 *   searching 10,000 published offers by postcode and category, first page   target p50 ≤ 20 ms
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { provisionCouncil } from "@lgp/councils";
import { connectPglite, connectPostgres, councilSchema, councilScope, migrate, type Database, type Tx } from "@lgp/db";
import { createTestDatabase } from "@lgp/db/testing";
import { searchDirectory, type VettingCheck } from "@lgp/match";
import { sql } from "drizzle-orm";
import { describeMachine } from "./machine";
import { BOROUGH, somewhere } from "./match-seed";
import { seeded, type Random } from "./random";
import { fmt, summarise } from "./stats";

const TODAY = "2026-12-01";
const OFFERS = Number(process.env.BENCH_DIRECTORY_OFFERS ?? 10_000);
const OFFERS_PER_HELPER = 5;
const POSTCODES = 2000;
const SEARCHES = Number(process.env.BENCH_DIRECTORY_SEARCHES ?? 300);
const CHECKS: readonly VettingCheck[] = ["none", "id_check", "dbs_basic", "dbs_standard", "dbs_enhanced", "dbs_enhanced_barred", "none", "dbs_basic", "dbs_enhanced", "none"];

const { categories, helperCategories, helpers, offers, people, postcodes, vettingRecords } = councilSchema;

/** Postcodes of the right format ("KT3 7PQ"), each at a random place in the borough. */
function boroughPostcodes(random: Random) {
  const letters = "ABDEFGHJLNPQRSTUWXYZ";
  const seen = new Map<string, { postcode: string; latitude: number; longitude: number }>();
  while (seen.size < POSTCODES) {
    const postcode = `KT${random.int(1, 9)} ${random.int(0, 9)}${random.pick([...letters])}${random.pick([...letters])}`;
    seen.set(postcode, { postcode, ...somewhere(random) });
  }
  return [...seen.values()];
}

async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await insert(rows.slice(i, i + 1000));
}

/**
 * A borough's directory: approved helpers, each vetted in date with the strongest check (so every
 * offer is listed), in three categories, with five published offers each at places across the borough.
 */
async function seed(tx: Tx, random: Random) {
  const places = boroughPostcodes(random);
  await inChunks(places, (chunk) => tx.insert(postcodes).values(chunk));
  const categoryIds = (
    await tx
      .insert(categories)
      .values(CHECKS.map((requiredCheck, i) => ({ slug: `category-${i}`, name: `Category ${i}`, requiredCheck, position: i })))
      .returning({ id: categories.id })
  ).map((c) => c.id);
  const helperCount = Math.ceil(OFFERS / OFFERS_PER_HELPER);
  const personIds = (
    await tx
      .insert(people)
      .values(Array.from({ length: helperCount }, (_, i) => ({ email: `helper-${i}@bench.example` })))
      .returning({ id: people.id })
  ).map((p) => p.id);
  const helperRows = personIds.map((personId, i) => {
    const home = random.pick(places);
    return { kind: "volunteer" as const, personId, publicName: `Helper ${i}`, status: "approved" as const, postcode: home.postcode, latitude: home.latitude, longitude: home.longitude };
  });
  const helperIds: number[] = [];
  await inChunks(helperRows, async (chunk) => helperIds.push(...(await tx.insert(helpers).values(chunk).returning({ id: helpers.id })).map((h) => h.id)));
  await inChunks(
    helperIds.map((helperId) => ({ helperId, check: "dbs_enhanced_barred" as const, issuedOn: "2026-01-01", recheckOn: "2028-01-01", verifiedBy: personIds[0]! })),
    (chunk) => tx.insert(vettingRecords).values(chunk),
  );
  const offerRows: (typeof offers.$inferInsert)[] = [];
  const categoriesOf = new Map(helperIds.map((id) => [id, random.some(categoryIds, 3)]));
  await inChunks(
    [...categoriesOf].flatMap(([helperId, ids]) => ids.map((categoryId) => ({ helperId, categoryId }))),
    (chunk) => tx.insert(helperCategories).values(chunk),
  );
  for (const helperId of helperIds) {
    for (let i = 0; i < OFFERS_PER_HELPER && offerRows.length < OFFERS; i++) {
      const at = random.pick(places);
      offerRows.push({
        helperId,
        categoryId: random.pick(categoriesOf.get(helperId)!),
        title: `Offer ${offerRows.length}`,
        description: "Help of this kind, described as a helper would.",
        place: "At your home",
        postcode: at.postcode,
        latitude: at.latitude,
        longitude: at.longitude,
        times: "Weekday mornings",
      });
    }
  }
  await inChunks(offerRows, (chunk) => tx.insert(offers).values(chunk));
  return places.map((p) => p.postcode);
}

async function measure(label: string, database: Database): Promise<string> {
  await migrate(database);
  await provisionCouncil(database, { slug: "bench-directory", name: "Bench Council", hosts: [] });
  const scope = councilScope(database, "bench-directory");
  const random = seeded(20261127);
  console.log(`${label}: seeding ${OFFERS.toLocaleString("en-GB")} offers…`);
  const places = await scope.run((tx) => seed(tx, random));
  // As the tables' owner, as autovacuum would: a council's role may not analyse them, and Postgres skips them silently.
  await database.owner.execute(sql`analyze`);
  const search = () => ({ postcode: random.pick(places), categorySlug: random.next() < 0.2 ? undefined : `category-${random.int(0, CHECKS.length - 1)}`, page: 1, today: TODAY });
  for (let i = 0; i < 20; i++) await scope.run((tx) => searchDirectory(tx, search()));
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < SEARCHES; i++) {
    const given = search();
    const started = performance.now();
    const results = await scope.run((tx) => searchDirectory(tx, given));
    times.push(performance.now() - started);
    found += results.total;
  }
  const p = summarise(times);
  return `| ${label} | ${p.n} searches over ${OFFERS.toLocaleString("en-GB")} offers (a random postcode; one of 10 categories, or any in 1 of 5), first page of 20, council transaction included; ${Math.round(found / p.n).toLocaleString("en-GB")} offers in reach on average | p50 ≤ 20 ms | p50 ${fmt(p.median)}, p95 ${fmt(p.p95)}, max ${fmt(p.max)} | ${p.median <= 20 ? "met" : "missed"} |`;
}

const server = await createTestDatabase("bench_directory");
const lines: string[] = [];
let machine = "";
try {
  const postgres = await connectPostgres(await server.createOwnerRole());
  machine = await describeMachine(postgres);
  lines.push(await measure("Postgres", postgres));
  await postgres.close();
  const pglite = await connectPglite();
  lines.push(await measure("PGlite (embedded)", pglite));
  await pglite.close();
} finally {
  await server.drop();
}
for (const line of lines) console.log(line);
const out = resolve(import.meta.dirname, "../../docs/benchmarks/match-directory.md");
mkdirSync(resolve(out, ".."), { recursive: true });
writeFileSync(
  out,
  `# Directory search benchmark\n\nWritten by \`pnpm --filter @lgp/bench bench directory\` on ${new Date().toISOString().slice(0, 10)}, from one run on this machine:\n\n${machine}\n\n| driver | what | target | measured | |\n| --- | --- | --- | --- | --- |\n${lines.join("\n")}\n\nNotes: one borough (${(BOROUGH.north - BOROUGH.south).toFixed(2)}° of latitude by ${(BOROUGH.east - BOROUGH.west).toFixed(2)}° of longitude, about Kingston's size) with\n${POSTCODES.toLocaleString("en-GB")} postcodes; ${Math.ceil(OFFERS / OFFERS_PER_HELPER).toLocaleString("en-GB")} approved helpers, each vetted in date and helping in 3 of 10 categories, with ${OFFERS_PER_HELPER} published offers\neach at random postcodes. Each search is \`searchDirectory\` as the directory page calls it: the postcode\nlooked up in the council's table, then one query that filters (listed, in date, in the category, within\nthe bounding box and 25 km), measures the great-circle distance, orders, counts and takes the page.\nA warm-up of 20 searches runs first. Searches run one after another in one process. The slowest are those\nin any category: every listed offer in reach (all 10,000 here) is checked, counted and sorted for the page.\n`,
);
console.log(`Written to ${out}`);
