import { dataPath } from "@lgp/db";
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    /** The platform's own host; each council also answers at `<slug>.<PLATFORM_HOST>`. */
    PLATFORM_HOST: z
      .string()
      .default("localhost")
      .transform((v) => v.toLowerCase()),
    /** Where archived councils' export files are kept (they hold residents' data: restrict access). */
    LGP_ARCHIVE_DIR: z.string().default(dataPath("archives")),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
