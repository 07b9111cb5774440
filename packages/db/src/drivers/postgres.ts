import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { Database, Db } from "../database";
import { roleNamesFor } from "../names";

export interface PostgresOptions {
  /** Connections in the pool. */
  max?: number;
}

export async function connectPostgres(url: string, options: PostgresOptions = {}): Promise<Database> {
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connection: { application_name: "lgp" },
  });
  try {
    const [row] = await client<{ name: string }[]>`select current_database() as name`;
    const owner = drizzle(client) as unknown as Db;
    return {
      driver: "postgres",
      source: { url },
      owner,
      roles: roleNamesFor(row!.name),
      // Its own connection, outside the pool, so the work it guards can use every pooled connection.
      async withSessionLock(key, onWait, fn) {
        const connection = postgres(url, { max: 1, onnotice: () => {}, connection: { application_name: "lgp-lock" } });
        try {
          const [got] = await connection<{ ok: boolean }[]>`select pg_try_advisory_lock(hashtextextended(${key}, 0)) as ok`;
          if (!got!.ok) {
            onWait();
            await connection`select pg_advisory_lock(hashtextextended(${key}, 0))`;
          }
          return await fn();
        } finally {
          await connection.end({ timeout: 5 }); // ending the session releases its lock
        }
      },
      close: () => client.end({ timeout: 5 }),
    };
  } catch (error) {
    await client.end({ timeout: 1 });
    throw explainConnectionError(url, error);
  }
}

function explainConnectionError(url: string, error: unknown): Error {
  const code = (error as { code?: string }).code;
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "ETIMEDOUT") {
    const { hostname: host, port } = new URL(url);
    return new Error(
      `No Postgres server answered at ${host}:${port || 5432} (${code}). Start one (for example ` +
        "`pg_ctlcluster 15 main start`), or unset DATABASE_URL to use the embedded database.",
      { cause: error },
    );
  }
  return error as Error;
}
