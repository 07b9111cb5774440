/**
 * `pnpm test`: every test, end-to-end included, against the Postgres server at TEST_DATABASE_URL
 * (default postgres://postgres@127.0.0.1:5432/postgres). Installs Debian's Chromium first if missing.
 *
 * `pnpm test --node 22` also runs the unit and integration tests on the newest Node 22 from the npm
 * registry (CI does; councils host on Node 22 or 24, developers may have 20). Not by default: it adds
 * the whole vitest phase again and needs the registry the first time.
 *
 * Phases: lint, types, unit and integration tests, one after another and reported together; the web
 * app's production build beside them; then the end-to-end tests, on that build.
 */
import { existsSync } from "node:fs";
import { delimiter } from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { quietEnv } from "./env.mjs";
import { nodeRelease } from "./node-release.mjs";

const { values: options } = parseArgs({ options: { node: { type: "string", multiple: true, default: [] } } });
for (const major of options.node) {
  if (!/^\d+$/.test(major)) {
    console.error(`--node takes a major version, such as --node 22, not "${major}".`);
    process.exit(2);
  }
}

const run = (command, args) => spawnSync(command, args, { stdio: "inherit", env: quietEnv }).status ?? 1;

const tally = { passed: 0, failed: 0 };

/**
 * Runs a phase, showing its output as it comes and counting what its runners report: vitest's
 * "Tests  3 failed | 50 passed (53)" and Playwright's closing "50 passed (1.2m)" / "3 failed".
 */
function runCounted(args, env = quietEnv) {
  return new Promise((done) => {
    const child = spawn("pnpm", args, { stdio: ["ignore", "pipe", "pipe"], env });
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

/**
 * Starts a phase that nothing reads until later, its output held back, at a low CPU priority (nice 10:
 * it gets what the phases in front leave idle, and gives way to them): a promise of its status, output
 * and seconds, and a way to stop it (with everything it started) if the run ends first.
 */
function startAside(args) {
  const started = performance.now();
  const [command, niced] = process.platform === "win32" ? ["pnpm", args] : ["nice", ["-n", "10", "pnpm", ...args]];
  const child = spawn(command, niced, { stdio: ["ignore", "pipe", "pipe"], env: quietEnv, detached: true });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  let ended = false;
  const result = new Promise((done) =>
    child.on("close", (code) => {
      ended = true;
      done({ status: code ?? 1, output, seconds: Math.round((performance.now() - started) / 1000) });
    }),
  );
  const stop = () => {
    if (ended) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // ended meanwhile
    }
  };
  return { result, stop };
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
const otherNodes = options.node.map(nodeRelease);

const vitest = ["exec", "turbo", "run", "test", "--continue", "--output-logs=new-only"];
/** The same unit and integration tests with another Node first on PATH, for every process they start. */
const onNode = ({ bin, version }) => ({
  ...quietEnv,
  PATH: `${bin}${delimiter}${quietEnv.PATH}`,
  LGP_TEST_NODE_VERSION: version,
});

// The web app's production build, which only the end-to-end tests need, runs beside the first group, on
// the CPU it leaves idle: the unit and integration tests leave a core idle much of the time (waiting on
// Postgres, child processes and job queues); niced, the build does not slow what they time (a PGlite
// set-up, say). Through turbo, as `turbo run e2e` would have built it, so an unchanged app is not built again.
const webBuild = startAside(["exec", "turbo", "run", "build", "--filter=@lgp/web", "--output-logs=full"]);
process.on("exit", webBuild.stop);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));

// Each group of phases runs whole, its failures reported together; a failed group stops the run there.
const groups = [
  [
    ["lint", ["--silent", "lint"]],
    ["types", ["--silent", "typecheck"]],
    [`unit and integration tests under Node ${process.versions.node}`, vitest],
    ...otherNodes.map((node) => [`unit and integration tests under Node ${node.version.slice(1)}`, vitest, onNode(node)]),
  ],
  // --only: the web app is built already (above); turbo would otherwise build it first.
  [["end-to-end tests", ["exec", "turbo", "run", "e2e", "--only", "--output-logs=full"]]],
];
for (const [index, phases] of groups.entries()) {
  const failed = [];
  if (index === 1) {
    const build = await webBuild.result;
    console.log(`\n=== web build (started with lint): ${build.status === 0 ? "passed" : "failed"} in ${build.seconds} s ===`);
    if (build.status !== 0) {
      console.error(build.output);
      console.error("\nFailed: the web build.");
      console.log(`${tally.passed} passed, ${tally.failed} failed`);
      process.exit(1);
    }
  }
  for (const [name, args, env] of phases) {
    console.log(`\n=== ${name} ===`);
    const started = performance.now();
    const status = await runCounted(args, env);
    console.log(`=== ${name}: ${status === 0 ? "passed" : "failed"} in ${Math.round((performance.now() - started) / 1000)} s ===`);
    if (status !== 0) failed.push(name);
  }
  if (failed.length > 0) {
    console.error(`\nFailed: ${failed.join("; ")}.`);
    console.log(`${tally.passed} passed, ${tally.failed} failed`);
    process.exit(1);
  }
}
console.log("\nAll tests passed.");
console.log(`${tally.passed} passed, ${tally.failed} failed`);
