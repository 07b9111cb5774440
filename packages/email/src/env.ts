import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    /**
     * GOV.UK Notify's address: platform configuration, never a council's setting (one that could point
     * it elsewhere would receive every sign-in link the council sends). Unset means Notify itself.
     */
    LGP_NOTIFY_BASE_URL: z.string().url().optional(),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
