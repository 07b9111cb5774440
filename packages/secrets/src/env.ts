import { dataPath } from "@lgp/db";
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    /** 32 random bytes, base64. Set it in production; without it a key file is made and kept. */
    LGP_SECRET_KEY: z.string().optional(),
    LGP_SECRET_KEY_FILE: z.string().default(dataPath("secret.key")),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
