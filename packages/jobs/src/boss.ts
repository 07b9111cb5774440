import type { Database } from "@lgp/db";
import { fromPglite, PgBoss } from "pg-boss";

const SCHEMA = "jobs";

/**
 * One pg-boss per process, on the platform's database in a schema of its own (`jobs`): every council's
 * jobs share it, each job naming its scope, so 400 councils cost one set of timers and connections.
 * On the embedded database it runs on the same PGlite, which has one connection for everything.
 */
export function createBoss(database: Database, options: { schedule: boolean }): PgBoss {
  const connection =
    "url" in database.source
      ? { connectionString: database.source.url, max: 4, application_name: "lgp-jobs" }
      : { db: fromPglite(database.source.pglite), backend: "pglite" as const };
  return new PgBoss({ ...connection, schema: SCHEMA, schedule: options.schedule, supervise: options.schedule, useListenNotify: true });
}
