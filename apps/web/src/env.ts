import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    PORT: z.coerce.number().int().positive().default(3000),
    DATABASE_URL: z.string().optional(),
    /** Create the demo councils at start-up when missing. Defaults to on for the embedded database only. */
    LGP_SEED_DEMO: z.enum(["true", "false"]).optional(),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});

export const seedDemo = env.LGP_SEED_DEMO ? env.LGP_SEED_DEMO === "true" : !env.DATABASE_URL;
