/**
 * `pnpm test`: every test, end-to-end included, against the Postgres server at TEST_DATABASE_URL
 * (default postgres://postgres@127.0.0.1:5432/postgres). Installs Debian's Chromium first if missing.
 */
import { existsSync } from "node:fs";
import { spawn, spawnSync } from "node:child_process";
import { quietEnv } from "./env.mjs";

const run = (command, args) => spawnSync(command, args, { stdio: "inherit", env: quietEnv }).status ?? 1;

const tally = { passed: 0, failed: 0 };

/**
 * Runs a phase, showing its output as it comes and counting what its runners report: vitest's
 * "Tests  3 failed | 50 passed (53)" and Playwright's closing "50 passed (1.2m)" / "3 failed".
 */
function runCounted(args) {
  return new Promise((done) => {
    const child = spawn("pnpm", args, { stdio: ["ignore", "pipe", "pipe"], env: quietEnv });
    let pending = "";
    const count = (line) => {
      const plain = line.replace(/\x1b\[[0-9;]*m/g, "");
      const vitest = /\bTests\s+(?:(\d+) failed\s*\|\s*)?(?:(\d+) passed)?/.exec(plain);
      if (vitest && /\bTests\s+\d/.test(plain)) {
        tally.failed += Number(vitest[1] ?? 0);
        tally.passed += Number(vitest[2] ?? 0);
        return;
      }
      const playwright = /^(?:@[^ ]+: )?\s+(\d+) (passed|failed)(?: \(|$)/.exec(plain);
      if (playwright) tally[playwright[2]] += Number(playwright[1]);
    };
    const forward = (stream, out) =>
      stream.on("data", (chunk) => {
        out.write(chunk);
        const lines = (pending + chunk).split("\n");
        pending = lines.pop() ?? "";
        lines.forEach(count);
      });
    forward(child.stdout, process.stdout);
    forward(child.stderr, process.stderr);
    child.on("close", (code) => {
      count(pending);
      done(code ?? 1);
    });
  });
}

function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(path)) return;
  const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!canInstall) {
    console.error(`The end-to-end tests need Chromium at ${path}. Install it (on Debian: sudo apt-get install -y chromium), or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  console.log("Installing Debian's Chromium for the end-to-end tests…");
  if (run("apt-get", ["update", "-qq"]) !== 0 || run("apt-get", ["install", "-y", "-qq", "chromium"]) !== 0) {
    console.error("Could not install Chromium with apt-get.");
    process.exit(1);
  }
}

if (run("pnpm", ["--silent", "--filter", "@lgp/db", "require-postgres"]) !== 0) process.exit(1);
ensureChromium();

const phases = [
  ["lint, types and unit/integration tests", ["exec", "turbo", "run", "lint", "typecheck", "test", "--continue", "--output-logs=new-only"]],
  ["end-to-end tests", ["exec", "turbo", "run", "e2e", "--output-logs=full"]],
];
for (const [name, args] of phases) {
  console.log(`\n=== ${name} ===`);
  const status = await runCounted(args);
  if (status !== 0) {
    console.error(`\n${name} failed.`);
    console.log(`${tally.passed} passed, ${tally.failed} failed`);
    process.exit(status);
  }
}
console.log("\nAll tests passed.");
console.log(`${tally.passed} passed, ${tally.failed} failed`);
