/**
 * `pnpm bench`: the foundation's figures, on this machine, written to docs/benchmarks/foundation.md.
 *   provisioning one council              target ≤ 1 s
 *   migrating 400 councils, nothing to do target ≤ 10 s
 *   migrating 400 councils, one additive  target ≤ 60 s
 *   server RSS, 400 councils against 1    target ≤ +50 MB
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { provisionCouncil, putSiteAsset } from "@lgp/councils";
import { connectPostgres, councilMigrations, councilSchema, migrate, type Database } from "@lgp/db";
import { createTestDatabase } from "@lgp/db/testing";
import { describeMachine } from "./machine";
import { serveAndMeasure, startServer, stopServer } from "./server-memory";
import { fmt, summarise } from "./stats";

const COUNCILS = 400;
const REQUESTS = 1600;

const logo = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>');

async function provision(database: Database, slug: string): Promise<number> {
  const started = performance.now();
  await provisionCouncil(database, { slug, name: `Council ${slug}`, hosts: [] }, {
    seed: async (tx) => {
      await tx.insert(councilSchema.categories).values([1, 2, 3, 4].map((i) => ({ slug: `c${i}`, name: `Category ${i} of ${slug}` })));
      await putSiteAsset(tx, "logo", "image/svg+xml", logo);
    },
  });
  return performance.now() - started;
}

const slugs = Array.from({ length: COUNCILS }, (_, i) => `bench-${String(i).padStart(3, "0")}`);
const many = await createTestDatabase("bench_many");
const one = await createTestDatabase("bench_one");
const database = await connectPostgres(many.url);
const lines: string[] = [];
const say = (line: string) => {
  console.log(line);
  lines.push(line);
};
try {
  await migrate(database);
  const machine = await describeMachine(database);

  console.log(`Provisioning ${COUNCILS} councils…`);
  const times: number[] = [];
  for (const slug of slugs) times.push(await provision(database, slug));
  const p = summarise(times);
  say(`| provisioning one council (${p.n} in a row, each with 4 categories and a logo) | ≤ 1 s | median ${fmt(p.median)}, p95 ${fmt(p.p95)}, max ${fmt(p.max)} | ${p.max <= 1000 ? "met" : "missed"} |`);

  let started = performance.now();
  await migrate(database);
  const idle = performance.now() - started;
  say(`| migrating ${COUNCILS} councils with nothing to do | ≤ 10 s | ${fmt(idle)} | ${idle <= 10_000 ? "met" : "missed"} |`);

  const additive = {
    tag: "9999_bench_additive",
    sql: `ALTER TABLE "categories" ADD COLUMN "bench_note" text\n--> statement-breakpoint\nCREATE INDEX "categories_bench_note_idx" ON "categories" ("bench_note")`,
    hash: "bench",
  };
  started = performance.now();
  await migrate(database, { councilMigrations: [...councilMigrations, additive] });
  const added = performance.now() - started;
  say(`| migrating ${COUNCILS} councils with one additive migration (a column and an index) | ≤ 60 s | ${fmt(added)} | ${added <= 60_000 ? "met" : "missed"} |`);

  console.log("Measuring server memory…");
  const oneDb = await connectPostgres(one.url);
  await migrate(oneDb);
  await provision(oneDb, slugs[0]!);
  await oneDb.close();
  const results: Record<string, number> = {};
  for (const [label, url, councils] of [["1", one.url, [slugs[0]!]], [String(COUNCILS), many.url, slugs]] as const) {
    const server = await startServer(url, 3190);
    try {
      const { rss, failures } = await serveAndMeasure(server, 3190, [...councils], REQUESTS);
      if (failures > 0) throw new Error(`${failures} requests failed while measuring ${label} councils`);
      results[label] = rss;
    } finally {
      await stopServer(server);
    }
  }
  const mb = (b: number) => b / 2 ** 20;
  const delta = mb(results[String(COUNCILS)]! - results["1"]!);
  say(`| server RSS after ${REQUESTS} home pages and logos: ${COUNCILS} councils against 1 | ≤ +50 MB | ${mb(results["1"]!).toFixed(0)} MB → ${mb(results[String(COUNCILS)]!).toFixed(0)} MB (${delta >= 0 ? "+" : ""}${delta.toFixed(0)} MB) | ${delta <= 50 ? "met" : "missed"} |`);

  const out = resolve(import.meta.dirname, "../../docs/benchmarks/foundation.md");
  mkdirSync(resolve(out, ".."), { recursive: true });
  writeFileSync(
    out,
    `# Foundation benchmarks\n\nWritten by \`pnpm bench\` on ${new Date().toISOString().slice(0, 10)}. Each run makes throwaway databases on the\nlocal Postgres server and drops them. Figures are from one run on this machine:\n\n${machine}\n\n| what | target | measured | |\n| --- | --- | --- | --- |\n${lines.join("\n")}\n\nNotes: provisioning is timed from the first registry write to the council being active, inside the\nprocess (the CLI adds Node's start-up, about a second, on top). Migration runs hold the runner's\nsession lock and use one transaction per council. Server memory is the resident set of the \`next start\`\nprocess tree after the requests, the same number of requests in both runs (spread over every council\nin the second).\n`,
  );
  console.log(`Written to ${out}`);
} finally {
  await database.close();
  await many.drop();
  await one.drop();
}
