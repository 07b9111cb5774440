import { dataPath } from "@lgp/db";
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

const isLocal = (host: string) => host === "localhost" || host.endsWith(".localhost");

const raw = createEnv({
  server: {
    /** The platform's own host; each council also answers at `<slug>.<PLATFORM_HOST>`. */
    PLATFORM_HOST: z
      .string()
      .default("localhost")
      .transform((v) => v.toLowerCase().replace(/\.$/, "")),
    /** The scheme people reach every site at. Defaults to https, or http for a *.localhost platform. */
    PLATFORM_SCHEME: z.enum(["http", "https"]).optional(),
    /** The port people reach every site at, when it is not the scheme's own (a local server's PORT, say). */
    PLATFORM_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    PORT: z.coerce.number().int().positive().default(3000),
    /** Where archived councils' export files are kept (they hold residents' data: restrict access). */
    LGP_ARCHIVE_DIR: z.string().default(dataPath("archives")),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});

/**
 * The platform's public address comes from configuration only: links in emails and redirects are built
 * from it, never from what a request's headers claim.
 */
export const env = {
  ...raw,
  PLATFORM_SCHEME: raw.PLATFORM_SCHEME ?? (isLocal(raw.PLATFORM_HOST) ? "http" : "https"),
  PLATFORM_PORT: raw.PLATFORM_PORT ?? (isLocal(raw.PLATFORM_HOST) ? raw.PORT : undefined),
};
