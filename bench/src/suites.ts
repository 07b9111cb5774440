/**
 * `pnpm bench`: every suite; `pnpm --filter @lgp/bench bench match`: only those named, each in a process of
 * its own so one's memory and timers never weigh on the next.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const SUITES: Record<string, string> = { foundation: "run.ts", jobs: "jobs.ts", match: "match.ts", directory: "directory.ts", booking: "booking.ts" };

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !SUITES[name]);
if (unknown.length > 0) {
  console.error(`No benchmark called ${unknown.join(", ")}. Choose from: ${Object.keys(SUITES).join(", ")}.`);
  process.exit(2);
}
for (const name of asked.length > 0 ? asked : Object.keys(SUITES)) {
  const { status } = spawnSync(process.execPath, [...process.execArgv, resolve(import.meta.dirname, SUITES[name]!)], { stdio: "inherit" });
  if (status !== 0) process.exit(status ?? 1);
}
