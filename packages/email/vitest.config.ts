import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { testTimeout: 60_000, hookTimeout: 60_000, pool: "forks", env: { LGP_SECRET_KEY_FILE: join(mkdtempSync(join(tmpdir(), "lgp-secrets-")), "secret.key") } },
});
