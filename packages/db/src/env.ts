import { dataPath } from "./paths";
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    /** A Postgres server. Without it the platform runs on embedded Postgres (PGlite). */
    DATABASE_URL: z.string().url().optional(),
    /** Where the embedded database keeps its files. */
    LGP_DATA_DIR: z.string().default(dataPath("pglite")),
    /** Seconds a migration or provisioning step waits for a lock before giving up. */
    LGP_LOCK_TIMEOUT_SECONDS: z.coerce.number().int().positive().default(10),
    /** Names a fault point at which the process kills itself: used by the crash-recovery tests. */
    LGP_KILL_AT: z.string().optional(),
    /** The server the tests make their throwaway databases on. */
    TEST_DATABASE_URL: z.string().url().default("postgres://postgres@127.0.0.1:5432/postgres"),
    /** Set by vitest's globalSetup (src/test-run.ts): the test run whose template databases a test copies. */
    LGP_TEST_TEMPLATE_RUN: z.string().optional(),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
