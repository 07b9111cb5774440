import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PGlite } from "@electric-sql/pglite";
import type { RoleNames } from "./names";

type NoRelations = ExtractTablesWithRelations<Record<string, never>>;

/** A drizzle handle on either driver. Typed by the shared base so every query compiles for both. */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;
/** A handle inside a transaction. Council and platform work only ever sees one of these. */
export type Tx = PgTransaction<PgQueryResultHKT, Record<string, never>, NoRelations>;

export interface Database {
  readonly driver: "postgres" | "pglite";
  /**
   * What the connection is made from, for a library that opens its own (the job queue): the server's
   * address, or the embedded database itself, which no second connection can reach.
   */
  readonly source: { url: string } | { pglite: PGlite };
  /** The owner's handle: migrations and provisioning only. Requests go through withCouncil / withPlatform. */
  readonly owner: Db;
  readonly roles: RoleNames;
  /**
   * Runs `fn` while holding a lock that spans transactions (a session advisory lock on a connection of
   * its own), waiting for whoever holds it. Released when `fn` ends or the process dies.
   */
  withSessionLock<T>(key: string, onWait: () => void, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Raw `execute` results differ by driver (an array for postgres.js, `{ rows }` for PGlite). */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
