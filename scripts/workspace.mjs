/** The workspace's packages, read from pnpm-workspace.yaml, for the root scripts that act on all of them. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const root = resolve(import.meta.dirname, "..");

/** Each package's folder (absolute), name and scripts, in the order the workspace file lists them. */
export function workspacePackages() {
  const lines = readFileSync(join(root, "pnpm-workspace.yaml"), "utf8").split("\n");
  const start = lines.findIndex((line) => /^packages:\s*$/.test(line));
  const patterns = [];
  for (const line of lines.slice(start + 1)) {
    const item = /^\s+-\s+["']?([^"'#\s]+)["']?\s*$/.exec(line);
    if (!item) break;
    patterns.push(item[1]);
  }
  const dirs = patterns.flatMap((pattern) => {
    if (!pattern.includes("*")) return [join(root, pattern)];
    if (!pattern.endsWith("/*") || pattern.slice(0, -2).includes("*")) {
      throw new Error(`scripts/workspace.mjs reads only "dir" and "dir/*" patterns in pnpm-workspace.yaml, not "${pattern}".`);
    }
    const parent = join(root, pattern.slice(0, -2));
    return readdirSync(parent, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(parent, entry.name))
      .sort();
  });
  return dirs
    .filter((dir) => existsSync(join(dir, "package.json")))
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      return { dir, name: manifest.name, scripts: manifest.scripts ?? {} };
    });
}
