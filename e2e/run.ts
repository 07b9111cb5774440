/**
 * Runs the end-to-end suite against a throwaway database on the test Postgres server: creates it,
 * hands its URL to Playwright (whose web server migrates and seeds it on start), then drops it.
 */
import { spawnSync } from "node:child_process";
import { createTestDatabase } from "@lgp/db/testing";

const database = await createTestDatabase("e2e");
let status = 1;
try {
  const result = spawnSync("pnpm", ["exec", "playwright", "test", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, E2E_DATABASE_URL: database.url },
  });
  status = result.status ?? 1;
} finally {
  await database.drop();
}
process.exit(status);
