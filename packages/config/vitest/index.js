import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

const scratch = mkdtempSync(join(tmpdir(), "lgp-test-"));

/** One test set-up for every package: real Postgres, so generous timeouts; a database per file. */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file makes its own throwaway database, so files can run side by side.
    pool: "forks",
    // Keys and archives a test makes stay out of the repository's data folder.
    env: { LGP_SECRET_KEY_FILE: join(scratch, "secret.key"), LGP_ARCHIVE_DIR: join(scratch, "archives") },
  },
});
