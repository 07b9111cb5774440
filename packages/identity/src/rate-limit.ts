import type { Scope, Tx } from "@lgp/db";
import { rowsOf } from "@lgp/db";
import { sql } from "drizzle-orm";

export interface Limit {
  /** How many within the window. */
  limit: number;
  windowSeconds: number;
}

export type Verdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Counts one attempt against `key` in a fixed window kept in Postgres: every app instance, and the
 * embedded default, share the count. One statement, so concurrent attempts cannot both slip through.
 */
export async function consume(tx: Tx, scope: Scope, key: string, { limit, windowSeconds }: Limit): Promise<Verdict> {
  const table = scope.tables.rateLimits;
  const window = `${windowSeconds} seconds`;
  const [row] = rowsOf<{ hits: number; retry: number }>(
    await tx.execute(sql`
      insert into ${table} (key, window_start, hits) values (${key}, now(), 1)
      on conflict (key) do update set
        window_start = case when ${table}.window_start + ${window}::interval <= now() then now() else ${table}.window_start end,
        hits = case when ${table}.window_start + ${window}::interval <= now() then 1 else ${table}.hits + 1 end
      returning hits, ceil(extract(epoch from (window_start + ${window}::interval - now())))::int as retry`),
  );
  return row!.hits <= limit ? { ok: true } : { ok: false, retryAfterSeconds: Math.max(1, row!.retry) };
}
