import type { Database } from "./database";
import { connectPglite } from "./drivers/pglite";
import { connectPostgres } from "./drivers/postgres";
import { env } from "./env";

/** The Postgres server in DATABASE_URL, or else the embedded database under LGP_DATA_DIR. */
export function connect(): Promise<Database> {
  return env.DATABASE_URL ? connectPostgres(env.DATABASE_URL) : connectPglite(env.LGP_DATA_DIR);
}

const key = Symbol.for("lgp.database");
type Holder = { [key]?: Promise<Database> };

/**
 * The process's one database handle. Kept on globalThis because Next.js bundles the proxy, the
 * instrumentation hook and the routes separately, and the embedded database allows one handle a process.
 */
export function sharedDatabase(): Promise<Database> {
  const holder = globalThis as Holder;
  holder[key] ??= connect().catch((error: unknown) => {
    delete holder[key];
    throw error;
  });
  return holder[key];
}
