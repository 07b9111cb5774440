import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    /** The platform's own host; each council also answers at `<slug>.<PLATFORM_HOST>`. */
    PLATFORM_HOST: z
      .string()
      .default("localhost")
      .transform((v) => v.toLowerCase()),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
