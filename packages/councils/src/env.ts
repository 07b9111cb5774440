import { createEnv } from "@t3-oss/env-core";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { z } from "zod";

function workspaceRoot(from: string): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir) return resolve(from);
  }
}

export const env = createEnv({
  server: {
    /** The platform's own host; each council also answers at `<slug>.<PLATFORM_HOST>`. */
    PLATFORM_HOST: z
      .string()
      .default("localhost")
      .transform((v) => v.toLowerCase()),
    /** Where archived councils' export files are kept (they hold residents' data: restrict access). */
    LGP_ARCHIVE_DIR: z.string().default(join(workspaceRoot(process.cwd()), "data/archives")),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
