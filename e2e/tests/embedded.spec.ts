import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { getByHost, signInThroughOutbox, uniqueEmail } from "./support";

const EMBEDDED_PORT = 3101;

test("with no DATABASE_URL the app starts on embedded Postgres from an empty folder, serves Kingston by host, and signs a resident in", async ({ page }) => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(join(tmpdir(), "lgp-embedded-"));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(EMBEDDED_PORT), LGP_DATA_DIR: dataDir, PLATFORM_HOST: "localhost" };
  delete env.DATABASE_URL;
  delete env.LGP_SEED_DEMO;
  delete env.LGP_OUTBOX_PAGE;
  env.LGP_SECRET_KEY_FILE = join(dataDir, "secret.key");
  const server = spawn("pnpm", ["exec", "next", "start", "-p", String(EMBEDDED_PORT)], {
    cwd: resolve(import.meta.dirname, "../../apps/web"),
    env,
    detached: true,
  });
  let output = "";
  server.stdout.on("data", (chunk) => (output += chunk));
  server.stderr.on("data", (chunk) => (output += chunk));
  try {
    await expect
      .poll(() => output, { timeout: 90_000, message: "the server should print Kingston's URL" })
      .toContain(`Royal Borough of Kingston upon Thames: http://kingston.localhost:${EMBEDDED_PORT}`);
    expect(output).toContain("Using the embedded database (PGlite).");
    const home = await getByHost(EMBEDDED_PORT, "kingston.localhost");
    expect(home.status).toBe(200);
    expect(home.body).toContain("Royal Borough of Kingston upon Thames");
    expect(home.body).toContain("--council-brand:#0b3b6e");
    expect(home.body).not.toContain("London Borough of Sutton");
    // Booking works on the embedded database too (its exclusion constraint needs btree_gist, loaded there).
    const book = await getByHost(EMBEDDED_PORT, "kingston.localhost", "/book");
    expect(book.status).toBe(200);
    expect(book.body).toContain("Community room");

    // The outbox page is on by default here, as the README promises a newcomer.
    const origin = `http://kingston.localhost:${EMBEDDED_PORT}`;
    const email = uniqueEmail("embedded");
    await signInThroughOutbox(page, origin, email);
    await expect(page.getByTestId("roles")).toHaveText("Resident");
  } finally {
    process.kill(-server.pid!, "SIGTERM");
    await new Promise((done) => server.once("exit", done));
    rmSync(dataDir, { recursive: true, force: true });
  }
});
