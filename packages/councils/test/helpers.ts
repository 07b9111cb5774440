import { resolve } from "node:path";
import { connectPglite, connectPostgres, councilSchema, migrate, withCouncil, type Database } from "@lgp/db";
import { createMigratedTestDatabase, createTestDatabase, runTypeScript } from "@lgp/db/testing";
import { afterAll, beforeAll } from "vitest";
import { provisionCouncil } from "../src/provision";

export interface Harness {
  database: Database;
  url: string;
}

/**
 * A database for this test file on the real Postgres server, migrated, dropped afterwards: a copy of the
 * run's migrated template, or (`fromEmpty`, for the tests of migrating) made and migrated here. The
 * platform connects as production should: as the database's owner, a role that is not a superuser.
 */
export function usePostgres(label: string, options: { max?: number; fromEmpty?: boolean } = {}): Harness {
  const harness = {} as Harness;
  let test: { drop(): Promise<void> } | undefined;
  beforeAll(async () => {
    if (options.fromEmpty) {
      const empty = await createTestDatabase(label);
      test = empty;
      harness.url = await empty.createOwnerRole();
    } else {
      const copy = await createMigratedTestDatabase(label, { owner: true });
      test = copy;
      harness.url = copy.appUrl;
    }
    harness.database = await connectPostgres(harness.url, { max: options.max });
    if (options.fromEmpty) await migrate(harness.database);
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

const packageDir = resolve(import.meta.dirname, "..");

/** Runs a fixture script in its own process (so it can be killed outright), against `url`. */
export const runFixture = (url: string, args: string[], env: Record<string, string> = {}) =>
  runTypeScript(packageDir, ["test/fixtures/run.ts", ...args], { ...process.env, DATABASE_URL: url, ...env });

/** `pnpm council …` against `url`, as an operator would run it. */
export const runCouncilCli = (url: string, args: string[]) =>
  runTypeScript(packageDir, ["test/fixtures/council-cli.ts", ...args], { ...process.env, DATABASE_URL: url });

export { standInModules } from "./fixtures/stand-in-modules";
