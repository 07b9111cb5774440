import { sql } from "drizzle-orm";
import type { Database, Tx } from "./database";
import { councilSchemaName, quoteIdent } from "./names";

/**
 * Runs `fn` in a transaction bound to one council: its schema is the only one on the search_path and the
 * transaction acts as the council's own role, which has privileges on that schema alone. Both settings
 * are transaction-local (set_config(..., true) is SET LOCAL), so they end with the transaction and a
 * pooled connection never carries one council's settings into another's work.
 */
export function withCouncil<T>(database: Database, slug: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const searchPath = quoteIdent(councilSchemaName(slug));
  const role = database.roles.council(slug);
  return database.owner.transaction(async (tx) => {
    await tx.execute(sql`select set_config('search_path', ${searchPath}, true), set_config('role', ${role}, true)`);
    return fn(tx as Tx);
  });
}

/** Runs `fn` as the platform role: the registry only, and no council's schema. */
export function withPlatform<T>(database: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return database.owner.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('search_path', 'platform', true), set_config('role', ${database.roles.platform}, true)`,
    );
    return fn(tx as Tx);
  });
}
