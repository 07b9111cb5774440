import { sql } from "drizzle-orm";
import { rowsOf, type Database, type Tx } from "./database";
import { councilSchemaName, searchPathFor } from "./names";
import * as councilSchema from "./schema/council";
import type { identityTables } from "./schema/identity";
import * as platformSchema from "./schema/platform";

/**
 * Runs `fn` in a transaction whose search_path and role are set for the transaction only
 * (set_config(…, true) is SET LOCAL): they end with it, so a pooled connection never carries one
 * council's settings into another's work, and a prepared statement is re-planned for the new path.
 * Council and platform roles may not create temporary tables (see ensureRole), and pg_temp comes last
 * on the path. A statement PREPAREd in SQL still outlives its transaction, even a failed one, and under
 * the name of a statement the driver has cached it would run in place of the driver's own: any found
 * are dropped before `fn` runs.
 */
function bound<T>(database: Database, schema: string, role: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return database.owner.transaction(async (tx) => {
    const [row] = rowsOf<{ prepared: number }>(
      await tx.execute(
        sql`select ${searchPathFor(schema)}, set_config('role', ${role}, true),
          (select count(*)::int from pg_prepared_statements where from_sql) as prepared`,
      ),
    );
    if (row!.prepared > 0) await tx.execute(sql.raw(DEALLOCATE_PREPARED_IN_SQL));
    return fn(tx as Tx);
  });
}

const DEALLOCATE_PREPARED_IN_SQL = `DO $$ DECLARE s text; BEGIN
  FOR s IN SELECT name FROM pg_prepared_statements WHERE from_sql LOOP EXECUTE format('DEALLOCATE %I', s); END LOOP;
END $$`;

/** Runs `fn` as one council: its schema alone on the search_path, as its own role, which can reach nothing else. */
export function withCouncil<T>(database: Database, slug: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return bound(database, councilSchemaName(slug), database.roles.council(slug), fn);
}

/** Runs `fn` as the platform role: the registry only, and no council's schema. */
export function withPlatform<T>(database: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return bound(database, "platform", database.roles.platform, fn);
}

export type IdentityTables = ReturnType<typeof identityTables>;

/**
 * Whose people and settings a piece of work concerns: one council, or the platform (its operators).
 * Identity, email and audit code is written once against this and runs bound to the right schema.
 */
export interface Scope {
  /** `council:<slug>` or `platform`: names the scope in secrets, logs and rate-limit keys. */
  readonly name: string;
  /** The Postgres role its transactions run as. */
  readonly role: string;
  readonly tables: IdentityTables;
  run<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
}

export function councilScope(database: Database, slug: string): Scope {
  return { name: `council:${slug}`, role: database.roles.council(slug), tables: councilSchema.identity, run: (fn) => withCouncil(database, slug, fn) };
}

export function platformScope(database: Database): Scope {
  return { name: "platform", role: database.roles.platform, tables: platformSchema.identity, run: (fn) => withPlatform(database, fn) };
}
