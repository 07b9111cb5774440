import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The workspace root, so the app and the command-line tools share one data folder whatever their cwd. */
export function workspaceRoot(from: string = process.cwd()): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir) return resolve(from);
  }
}

/** A path in the git-ignored data folder: the embedded database, the key file, archives. */
export const dataPath = (...parts: string[]) => join(workspaceRoot(), "data", ...parts);
