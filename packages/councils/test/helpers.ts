import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { connectPglite, connectPostgres, councilSchema, migrate, withCouncil, type Database } from "@lgp/db";
import { createTestDatabase, type TestDatabase } from "@lgp/db/testing";
import { afterAll, beforeAll } from "vitest";
import { provisionCouncil } from "../src/provision";

export interface Harness {
  database: Database;
  url: string;
}

/** A fresh database for this test file on the real Postgres server, migrated, dropped afterwards. */
export function usePostgres(label: string, options: { max?: number } = {}): Harness {
  const harness = {} as Harness;
  let test: TestDatabase | undefined;
  beforeAll(async () => {
    test = await createTestDatabase(label);
    harness.url = test.url;
    harness.database = await connectPostgres(test.url, { max: options.max });
    await migrate(harness.database);
  });
  afterAll(async () => {
    await harness.database?.close();
    await test?.drop();
  });
  return harness;
}

/** An in-memory embedded database, migrated. */
export function usePglite(): Harness {
  const harness = { url: "" } as Harness;
  beforeAll(async () => {
    harness.database = await connectPglite();
    await migrate(harness.database);
  });
  afterAll(() => harness.database?.close());
  return harness;
}

/** A council whose categories are named after it, so a row that crosses councils shows where it came from. */
export async function councilWithCategories(database: Database, slug: string, count = 3) {
  await provisionCouncil(database, { slug, name: `Council ${slug}`, hosts: [] });
  await withCouncil(database, slug, (tx) =>
    tx.insert(councilSchema.categories).values(
      Array.from({ length: count }, (_, i) => ({ slug: `${slug}-${i}`, name: `${slug} category ${i}` })),
    ),
  );
}

const run = promisify(execFile);
const packageDir = resolve(import.meta.dirname, "..");

/** Runs a fixture script in its own process (so it can be killed outright), against `url`. */
export async function runFixture(url: string, args: string[], env: Record<string, string> = {}) {
  try {
    // node itself (not the tsx wrapper) runs the fixture, so a kill lands on the process doing the work.
    const { stdout } = await run(process.execPath, ["--import", "tsx", "test/fixtures/run.ts", ...args], {
      cwd: packageDir,
      env: { ...process.env, DATABASE_URL: url, ...env },
    });
    return { code: 0, signal: null as NodeJS.Signals | null, stdout };
  } catch (error) {
    const e = error as { code?: number; signal?: NodeJS.Signals; stdout?: string; stderr?: string };
    return { code: e.code ?? null, signal: e.signal ?? null, stdout: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  }
}
