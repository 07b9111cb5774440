/**
 * Runs the end-to-end suite against a throwaway database on the test Postgres server: creates it and
 * a role that owns it and is not a superuser (as `pnpm db:owner create` does in production), hands
 * that role's URL to Playwright (whose web server migrates and seeds the database on start), then
 * drops the database and its roles, the owner's included.
 */
import { spawnSync } from "node:child_process";
import { createTestDatabase } from "@lgp/db/testing";

const database = await createTestDatabase("e2e");
let status = 1;
try {
  const ownerUrl = await database.createOwnerRole();
  const result = spawnSync("pnpm", ["exec", "playwright", "test", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, E2E_DATABASE_URL: ownerUrl },
  });
  status = result.status ?? 1;
} finally {
  await database.drop();
}
process.exit(status);
