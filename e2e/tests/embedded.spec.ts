import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { getByHost } from "./support";

const EMBEDDED_PORT = 3101;

test("with no DATABASE_URL the app starts on embedded Postgres from an empty folder and serves Kingston by host", async () => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(join(tmpdir(), "lgp-embedded-"));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(EMBEDDED_PORT), LGP_DATA_DIR: dataDir, PLATFORM_HOST: "localhost" };
  delete env.DATABASE_URL;
  delete env.LGP_SEED_DEMO;
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
    const page = await getByHost(EMBEDDED_PORT, "kingston.localhost");
    expect(page.status).toBe(200);
    expect(page.body).toContain("Royal Borough of Kingston upon Thames");
    expect(page.body).toContain("--council-brand:#0b3b6e");
    expect(page.body).not.toContain("London Borough of Sutton");
  } finally {
    process.kill(-server.pid!, "SIGTERM");
    await new Promise((done) => server.once("exit", done));
    rmSync(dataDir, { recursive: true, force: true });
  }
});
