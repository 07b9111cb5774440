import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    PORT: z.coerce.number().int().positive().default(3000),
    DATABASE_URL: z.string().optional(),
    /** Create the demo councils at start-up when missing. Defaults to on for the embedded database only. */
    LGP_SEED_DEMO: z.enum(["true", "false"]).optional(),
    /**
     * Show the development outbox page (sign-in links included!) while a site's transport is the outbox.
     * On by default only for the embedded database; never turn it on for a public site.
     */
    LGP_OUTBOX_PAGE: z.enum(["true", "false"]).optional(),
    /** How many reverse proxies in front of the app append to X-Forwarded-For. */
    LGP_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).default(0),
    /** Run the job queue's worker inside the app (the default), or leave it to `pnpm worker`. */
    LGP_JOBS_IN_APP: z.enum(["true", "false"]).default("true"),
    /** Where people reach the team that runs the platform: shown on the platform's contact, privacy and accessibility pages. */
    LGP_PLATFORM_CONTACT_EMAIL: z.string().email().optional(),
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});

export const seedDemo = env.LGP_SEED_DEMO ? env.LGP_SEED_DEMO === "true" : !env.DATABASE_URL;

export const outboxPage = env.LGP_OUTBOX_PAGE ? env.LGP_OUTBOX_PAGE === "true" : !env.DATABASE_URL;
