import { provisionCouncil } from "@lgp/councils";
import { connectPglite, connectPostgres, councilScope, migrate, type Database, type Tx } from "@lgp/db";
import { createMigratedTestDatabase, type MigratedTestDatabase } from "@lgp/db/testing";
import { afterAll, beforeAll } from "vitest";

export type Driver = "postgres" | "pglite";

/**
 * The councils `slugs` (empty, no modules' starter data) for this file's tests, on the Postgres server
 * (a migrated test database) or on an in-memory PGlite; `run(slug, fn)` runs `fn` in that council's
 * scope, as a request would.
 */
export function testCouncils(label: string, slugs: readonly string[], driver: Driver = "postgres") {
  let test: MigratedTestDatabase | undefined;
  const state = {} as { database: Database };
  beforeAll(async () => {
    if (driver === "postgres") {
      test = await createMigratedTestDatabase(label);
      state.database = await connectPostgres(test.appUrl);
    } else {
      state.database = await connectPglite();
      await migrate(state.database);
    }
    for (const slug of slugs) await provisionCouncil(state.database, { slug, name: `Council of ${slug}`, hosts: [] });
  });
  afterAll(async () => {
    await state.database?.close();
    await test?.drop();
  });
  return {
    get database() {
      return state.database;
    },
    run: <T>(slug: string, fn: (tx: Tx) => Promise<T>) => councilScope(state.database, slug).run(fn),
  };
}
