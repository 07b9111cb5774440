import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

function workspaceRoot(from: string): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir) return resolve(from);
  }
}

export const env = createEnv({
  server: {
    /** 32 random bytes, base64. Set it in production; without it a key file is made and kept. */
    LGP_SECRET_KEY: z.string().optional(),
    LGP_SECRET_KEY_FILE: z.string().default(join(workspaceRoot(process.cwd()), "data/secret.key")),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
