/**
 * `pnpm typecheck`: every package's `tsc --noEmit`, with the packages whose compiler options are the
 * same checked as one program. Internal packages export TypeScript source, so each package's own tsc
 * checks again every workspace package it imports (the web app checks nearly all of them); one program
 * per set of options checks each file once, with the same options, and reports the same errors.
 * Packages with options of their own (the web app, ui) and packages whose typecheck script is anything
 * other than plain `tsc --noEmit` run on their own, as `pnpm --filter <name> typecheck` would.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { runJobs } from "./run-jobs.mjs";
import { root, workspacePackages } from "./workspace.mjs";

const ts = createRequire(join(root, "package.json"))("typescript");
const tsc = join(root, "node_modules/typescript/bin/tsc");
const scratch = join(root, "node_modules/.cache/lgp-typecheck");

const groups = new Map();
const ownScript = [];
for (const pkg of workspacePackages()) {
  const script = pkg.scripts.typecheck;
  if (!script) continue;
  const config = join(pkg.dir, "tsconfig.json");
  const parsed = script === "tsc --noEmit" && existsSync(config) ? parse(config) : undefined;
  if (!parsed) {
    ownScript.push(pkg);
    continue;
  }
  const { configFilePath: _own, ...options } = parsed.options;
  const key = JSON.stringify(options);
  if (!groups.has(key)) groups.set(key, []);
  groups.get(key).push({ ...pkg, config, fileNames: parsed.fileNames });
}

const jobs = [
  ...[...groups.values()].map((members, index) => ({
    label: `types: ${members.map((m) => m.name).join(", ")}`,
    command: process.execPath,
    args: [
      tsc,
      "--noEmit",
      "-p",
      members.length === 1 ? members[0].config : mergedConfig(members, index),
      // What turbo's cache gave a second run: only what changed since is checked again.
      "--incremental",
      "--tsBuildInfoFile",
      join(scratch, `${members[0].name.replace(/\W+/g, "_")}.tsbuildinfo`),
    ],
    cwd: root,
    files: new Set(members.flatMap((m) => m.fileNames)).size,
  })),
  ...ownScript.map((pkg) => ({ label: `types: ${pkg.name}`, command: "pnpm", args: ["run", "--silent", "typecheck"], cwd: pkg.dir, files: 0 })),
].sort((a, b) => b.files - a.files);

if (!(await runJobs(jobs))) {
  console.error("\nType errors: see above.");
  process.exit(1);
}

/** The package's tsconfig as tsc reads it, or undefined when tsc would report a problem with the file itself. */
function parse(config) {
  const parsed = ts.getParsedCommandLineOfConfigFile(config, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  return parsed && parsed.errors.length === 0 ? parsed : undefined;
}

/**
 * A tsconfig for several packages: the first one's settings (the same as the others', or they would not
 * share a group), every package's own files, and each package's @types folder for `types` to look in.
 */
function mergedConfig(members, index) {
  mkdirSync(scratch, { recursive: true });
  const file = join(scratch, `group-${index}.json`);
  const typeRoots = members.map((m) => join(m.dir, "node_modules/@types")).filter((dir) => existsSync(dir));
  const config = {
    extends: members[0].config,
    ...(typeRoots.length > 0 ? { compilerOptions: { typeRoots } } : {}),
    include: [],
    files: [...new Set(members.flatMap((m) => m.fileNames))],
  };
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return file;
}
