/**
 * `pnpm lint`: every package's `eslint .` in one ESLint process. Each file still takes its settings from
 * its own package's eslint.config.js (ESLint's lookup from the file, the default from ESLint 10), so the
 * result is the same as running each package's lint; loading ESLint and typescript-eslint once instead of
 * once per package is most of the time saved. A package whose lint script is anything else runs it.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { runJobs } from "./run-jobs.mjs";
import { root, workspacePackages } from "./workspace.mjs";

const configNames = ["eslint.config.js", "eslint.config.mjs", "eslint.config.cjs", "eslint.config.ts"];
const packages = workspacePackages().filter((pkg) => pkg.scripts.lint);
const together = packages.filter((pkg) => pkg.scripts.lint === "eslint ." && configNames.some((name) => existsSync(join(pkg.dir, name))));
const alone = packages.filter((pkg) => !together.includes(pkg));

const jobs = alone.map((pkg) => ({ label: `lint: ${pkg.name}`, command: "pnpm", args: ["run", "--silent", "lint"], cwd: pkg.dir }));
if (together.length > 0) {
  jobs.unshift({
    label: `lint: ${together.map((pkg) => pkg.name).join(", ")}`,
    command: process.execPath,
    args: [
      eslintBin(together[0].dir),
      "--flag",
      "v10_config_lookup_from_file",
      // What turbo's cache gave a second run: files unchanged since, under the same settings, are not linted again.
      "--cache",
      "--cache-strategy",
      "content",
      "--cache-location",
      join(root, "node_modules/.cache/lgp-eslint/"),
      ...together.map((pkg) => relative(root, pkg.dir)),
    ],
    cwd: root,
  });
}

if (!(await runJobs(jobs))) {
  console.error("\nLint errors: see above.");
  process.exit(1);
}

/** The ESLint a package's own `eslint .` would run (one version for all, from the catalog). */
function eslintBin(dir) {
  const manifestPath = createRequire(join(dir, "package.json")).resolve("eslint/package.json");
  const { bin } = JSON.parse(readFileSync(manifestPath, "utf8"));
  return join(dirname(manifestPath), typeof bin === "string" ? bin : bin.eslint);
}
