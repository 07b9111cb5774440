/** Runs commands side by side, one per core, each one's output printed whole when it ends. */
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { quietEnv } from "./env.mjs";

/**
 * `jobs`: { label, command, args, cwd }. Resolves to true when every job exited 0. The longest jobs
 * should come first, so that the last one to start is a short one.
 */
export async function runJobs(jobs, limit = availableParallelism()) {
  let next = 0;
  let ok = true;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      const started = performance.now();
      const { code, output } = await runOne(job);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`${code === 0 ? "✓" : "✗"} ${job.label} (${seconds} s)`);
      if (output.trim()) console.log(output.trimEnd());
      if (code !== 0) ok = false;
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return ok;
}

function runOne({ command, args, cwd }) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env: { ...quietEnv, FORCE_COLOR: process.stdout.isTTY ? "1" : "0" } });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => done({ code: 1, output: `${output}${error.message}\n` }));
    child.on("close", (code) => done({ code: code ?? 1, output }));
  });
}
