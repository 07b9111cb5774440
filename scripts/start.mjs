/**
 * `pnpm start`: builds the app when its sources changed (turbo's cache makes an unchanged build
 * instant), then serves it. With no DATABASE_URL it runs on the embedded database under data/pglite.
 */
import { spawn, spawnSync } from "node:child_process";
import { quietEnv } from "./env.mjs";

const build = spawnSync("pnpm", ["exec", "turbo", "run", "build", "--filter=@lgp/web", "--output-logs=errors-only"], {
  stdio: "inherit",
  env: quietEnv,
});
if (build.status !== 0) process.exit(build.status ?? 1);

const server = spawn("pnpm", ["--filter", "@lgp/web", "--silent", "start"], { stdio: "inherit", env: quietEnv });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
