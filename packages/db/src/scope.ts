import { sql } from "drizzle-orm";
import type { Database, Tx } from "./database";
import { councilSchemaName, quoteIdent } from "./names";

/**
 * Runs `fn` in a transaction whose search_path and role are set for the transaction only
 * (set_config(…, true) is SET LOCAL): they end with it, so a pooled connection never carries one
 * council's settings into another's work, and a prepared statement is re-planned for the new path.
 */
function bound<T>(database: Database, searchPath: string, role: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return database.owner.transaction(async (tx) => {
    await tx.execute(sql`select set_config('search_path', ${searchPath}, true), set_config('role', ${role}, true)`);
    return fn(tx as Tx);
  });
}

/** Runs `fn` as one council: its schema alone on the search_path, as its own role, which can reach nothing else. */
export function withCouncil<T>(database: Database, slug: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return bound(database, quoteIdent(councilSchemaName(slug)), database.roles.council(slug), fn);
}

/** Runs `fn` as the platform role: the registry only, and no council's schema. */
export function withPlatform<T>(database: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return bound(database, "platform", database.roles.platform, fn);
}
