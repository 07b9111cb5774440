/**
 * `pnpm bench` (second part; `pnpm --filter @lgp/bench bench:jobs` alone): what the job queue costs, on
 * both drivers, written to docs/benchmarks/jobs.md.
 *   what enqueueing adds to a council transaction (median and p95, with against without)
 *   jobs per second through one worker, from a backlog
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { provisionCouncil } from "@lgp/councils";
import { connectPglite, connectPostgres, councilScope, migrate, type Database } from "@lgp/db";
import { createTestDatabase } from "@lgp/db/testing";
import { defineJob, enqueueJob, startJobs } from "@lgp/jobs";
import { describeMachine } from "./machine";
import { fmt, summarise } from "./stats";

const TRANSACTIONS = Number(process.env.BENCH_N ?? 500);
const BACKLOG = 1000;

let done = 0;
const noop = defineJob<{ n: number }>({
  name: "bench.noop",
  async run() {
    done++;
  },
});

/** One council transaction as a request makes it: an audit row, with or without a job beside it. */
async function timeTransactions(database: Database, withJob: boolean): Promise<number[]> {
  const scope = councilScope(database, "bench");
  const times: number[] = [];
  for (let i = 0; i < TRANSACTIONS; i++) {
    const started = performance.now();
    await scope.run(async (tx) => {
      await tx.insert(scope.tables.auditEvents).values({ actor: "bench", action: "bench.request" });
      if (withJob) await enqueueJob(tx, scope, noop, { n: i });
    });
    times.push(performance.now() - started);
  }
  return times;
}

async function measure(label: string, database: Database): Promise<string[]> {
  await migrate(database);
  await provisionCouncil(database, { slug: "bench", name: "Bench Council", hosts: [] });
  const producer = await startJobs(database, [noop], { work: false });
  await timeTransactions(database, true); // warm up
  const without = summarise(await timeTransactions(database, false));
  const withJob = summarise(await timeTransactions(database, true));
  await producer.boss.deleteAllJobs(noop.name);
  const scope = councilScope(database, "bench");
  for (let i = 0; i < BACKLOG; i++) await scope.run((tx) => enqueueJob(tx, scope, noop, { n: i }));
  await producer.stop();

  done = 0;
  const started = performance.now();
  const worker = await startJobs(database, [noop], { work: true });
  while (done < BACKLOG) await new Promise((r) => setTimeout(r, 20));
  const seconds = (performance.now() - started) / 1000;
  await worker.stop();
  return [
    `| ${label} | a council transaction (one insert), without → with a job enqueued | median ${fmt(without.median)} → ${fmt(withJob.median)} (+${fmt(withJob.median - without.median)}), p95 ${fmt(without.p95)} → ${fmt(withJob.p95)} |`,
    `| ${label} | jobs through one worker from a backlog of ${BACKLOG} (start-up included) | ${(BACKLOG / seconds).toFixed(0)} jobs/s (${seconds.toFixed(1)} s) |`,
  ];
}

const server = await createTestDatabase("bench_jobs");
const lines: string[] = [];
let machine = "";
try {
  const postgres = await connectPostgres(await server.createOwnerRole());
  machine = await describeMachine(postgres);
  lines.push(...(await measure("Postgres", postgres)));
  await postgres.close();
  const pglite = await connectPglite();
  lines.push(...(await measure("PGlite (embedded)", pglite)));
  await pglite.close();
} finally {
  await server.drop();
}
for (const line of lines) console.log(line);
const out = resolve(import.meta.dirname, "../../docs/benchmarks/jobs.md");
mkdirSync(resolve(out, ".."), { recursive: true });
writeFileSync(
  out,
  `# Job queue benchmarks\n\nWritten by \`pnpm bench\` on ${new Date().toISOString().slice(0, 10)}, from one run on this machine:\n\n${machine}\n\n| driver | what | measured |\n| --- | --- | --- |\n${lines.join("\n")}\n\nNotes: ${TRANSACTIONS} transactions each way, one after another, in one process. Enqueueing is pg-boss's\ninsert in the same transaction, stepping out of the council's role and back. The worker fetches one job\nat a time (batch size 1) and is woken by NOTIFY; the figure includes starting it.\n`,
);
console.log(`Written to ${out}`);
