import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    /**
     * GOV.UK Notify's address: platform configuration, never a council's setting (one that could point
     * it elsewhere would receive every sign-in link the council sends). Unset means Notify itself.
     */
    LGP_NOTIFY_BASE_URL: z.string().url().optional(),
    /**
     * For the test suites only: lets email go to an SMTP server on this machine or its network. No form
     * or procedure can set it; start-up warns when it is on.
     */
    LGP_UNSAFE_LOCAL_EMAIL_SERVERS: z.enum(["true", "false"]).default("false"),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});

export const allowLocalEmailServers = env.LGP_UNSAFE_LOCAL_EMAIL_SERVERS === "true";
