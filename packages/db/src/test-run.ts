/**
 * vitest's globalSetup wherever a package uses @lgp/db (@lgp/vitest-config adds it): names the run, so
 * that its test files share one copy of each template database (test-templates.ts), and drops them when
 * the run ends. A run holds a lock on the test server while it lives; templates left by a run that died
 * before its teardown are dropped by the next run to start.
 */
import { randomBytes } from "node:crypto";
import type postgres from "postgres";
import { admin, dropDatabase, RUN_VARIABLE, TEMPLATE_PREFIX } from "./test-server";

const runLock = (run: string) => `lgp:test-run:${run}`;
const runOf = (template: string) => template.slice(TEMPLATE_PREFIX.length).split("_")[0]!;

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  const run = randomBytes(4).toString("hex");
  const server = admin();
  try {
    await server`select pg_advisory_lock(hashtextextended(${runLock(run)}, 0))`;
  } catch {
    // No server: the tests that need one say so. Any that copy a template make their database from empty.
    await server.end({ timeout: 1 });
    return undefined;
  }
  // eslint-disable-next-line no-restricted-properties -- hands the run to the test files vitest starts, which read it through env.ts
  process.env[RUN_VARIABLE] = run;
  await dropTemplates(server, run, "others");
  return async () => {
    await dropTemplates(server, run, "own");
    await server.end(); // releasing the run's lock
  };
}

/** Drops this run's templates, or those of other runs that have ended (whose locks are free). */
async function dropTemplates(server: postgres.Sql, run: string, whose: "own" | "others"): Promise<void> {
  const templates = (await server<{ datname: string }[]>`select datname from pg_database where datname like ${`${TEMPLATE_PREFIX}%`}`)
    .map((d) => d.datname)
    .filter((name) => (runOf(name) === run) === (whose === "own"));
  for (const other of new Set(templates.map(runOf))) {
    // Another run's lock is free only when that run has ended; held here meanwhile, it keeps that id out.
    if (whose === "others") {
      const [free] = await server<{ ok: boolean }[]>`select pg_try_advisory_lock(hashtextextended(${runLock(other)}, 0)) as ok`;
      if (!free!.ok) continue;
    }
    for (const name of templates.filter((t) => runOf(t) === other)) await dropDatabase(name);
    if (whose === "others") await server`select pg_advisory_unlock(hashtextextended(${runLock(other)}, 0))`;
  }
}
