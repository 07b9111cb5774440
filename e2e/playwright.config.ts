import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";
import { PORT } from "./tests/support";

if (!process.env.E2E_DATABASE_URL) {
  throw new Error("Run the end-to-end tests with `pnpm e2e` (it makes their database), not `playwright test`.");
}

// The server's output is kept in a file too, for tests of what it logs; workers inherit this.
process.env.E2E_SERVER_LOG ??= join(tmpdir(), `lgp-e2e-${process.pid}`, "server.log");

export default defineConfig({
  testDir: "./tests",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: "list",
  timeout: 60_000,
  use: {
    launchOptions: {
      // Debian's Chromium: Playwright cannot download its own browsers here.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        // Councils' own demo domains reach this server, so own-domain resolution is tested end to end.
        "--host-resolver-rules=MAP *.council.example 127.0.0.1, MAP *.example.org 127.0.0.1",
      ],
    },
  },
  webServer: {
    command: `mkdir -p "$(dirname "$E2E_SERVER_LOG")" && pnpm --filter @lgp/web start 2>&1 | tee "$E2E_SERVER_LOG"`,
    url: `http://localhost:${PORT}/`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      PORT: String(PORT),
      LGP_SEED_DEMO: "true",
      LGP_OUTBOX_PAGE: "true",
      LGP_ARCHIVE_DIR: join(tmpdir(), `lgp-e2e-${process.pid}`, "archives"),
      LGP_SECRET_KEY_FILE: join(tmpdir(), `lgp-e2e-${process.pid}`, "secret.key"),
      PLATFORM_HOST: "localhost",
      // The staff sign-in test's identity provider runs on this machine, over http.
      LGP_UNSAFE_LOCAL_IDENTITY_PROVIDERS: "true",
    },
  },
});
