import { createEnv } from "@t3-oss/env-core";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { z } from "zod";

/** The workspace root, so the app and the CLIs share one embedded database whatever their cwd. */
function workspaceRoot(from: string): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir) return resolve(from);
  }
}

export const env = createEnv({
  server: {
    /** A Postgres server. Without it the platform runs on embedded Postgres (PGlite). */
    DATABASE_URL: z.string().url().optional(),
    /** Where the embedded database keeps its files. */
    LGP_DATA_DIR: z.string().default(join(workspaceRoot(process.cwd()), "data/pglite")),
    /** Seconds a migration or provisioning step waits for a lock before giving up. */
    LGP_LOCK_TIMEOUT_SECONDS: z.coerce.number().int().positive().default(10),
    /** Names a fault point at which the process kills itself: used by the crash-recovery tests. */
    LGP_KILL_AT: z.string().optional(),
    /** The server the tests make their throwaway databases on. */
    TEST_DATABASE_URL: z.string().url().default("postgres://postgres@127.0.0.1:5432/postgres"),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
