import { provisionCouncil } from "@lgp/councils";
import { connectPostgres, councilScope, type Database, type Tx } from "@lgp/db";
import { createMigratedTestDatabase, type MigratedTestDatabase } from "@lgp/db/testing";
import { afterAll, beforeAll } from "vitest";

/**
 * A migrated test database with the councils `slugs` (empty, no modules' starter data) for this file's
 * tests; `run(slug, fn)` runs `fn` in that council's scope, as a request would.
 */
export function testCouncils(label: string, slugs: readonly string[]) {
  let test: MigratedTestDatabase;
  const state = {} as { database: Database };
  beforeAll(async () => {
    test = await createMigratedTestDatabase(label);
    state.database = await connectPostgres(test.appUrl);
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
