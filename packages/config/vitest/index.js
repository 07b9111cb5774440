import { mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const scratch = mkdtempSync(join(tmpdir(), "lgp-test-"));

/** @lgp/db's set-up of the run's template databases, in a package that uses @lgp/db (vitest runs in the package). */
function databaseTemplates() {
  try {
    return [createRequire(join(process.cwd(), "package.json")).resolve("@lgp/db/testing/run")];
  } catch {
    return [];
  }
}

// `pnpm test` names the Node it means to test on; a run that landed on another one must not pass for it.
if (process.env.LGP_TEST_NODE_VERSION && process.env.LGP_TEST_NODE_VERSION !== process.version) {
  throw new Error(`These tests were to run on Node ${process.env.LGP_TEST_NODE_VERSION}, but vitest started on ${process.version} (${process.execPath}).`);
}

/** One test set-up for every package: real Postgres, so generous timeouts; a database per file. */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    // Setting up the embedded database (PGlite, CPU-bound) while the web build shares the two cores can
    // take minutes; a limit on set-up, not on anything a test asserts.
    hookTimeout: 180_000,
    // Each file makes its own throwaway database, so files can run side by side.
    pool: "forks",
    // A package's files share a worker process instead of starting one each: most of a file's cost was
    // the new process and its node_modules imports. fresh-file.js gives each file what a new process
    // would: this repository's modules evaluated anew, no environment, global or spy left by another.
    isolate: false,
    setupFiles: [fileURLToPath(new URL("./fresh-file.js", import.meta.url))],
    // Test files copy a template database made once per run, rather than migrating one each (@lgp/db/testing).
    globalSetup: databaseTemplates(),
    // Keys and archives a test makes stay out of the repository's data folder.
    env: { LGP_SECRET_KEY_FILE: join(scratch, "secret.key"), LGP_ARCHIVE_DIR: join(scratch, "archives") },
  },
});
