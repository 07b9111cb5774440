import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { resolve } from "node:path";
import { processTree } from "./server-memory";

/** Linux counts CPU time in clock ticks of 1/100 s (getconf CLK_TCK). */
const TICK_SECONDS = 0.01;

export interface Answer {
  status: number;
  body: string;
  ms: number;
}

/** A POST of a JSON body to 127.0.0.1, with the headers a caller would send (Host among them). */
export function postJson(agent: Agent, port: number, path: string, headers: Record<string, string>, body: unknown): Promise<Answer> {
  const payload = Buffer.from(JSON.stringify(body));
  const started = performance.now();
  return new Promise((done, fail) => {
    const req = request(
      { host: "127.0.0.1", port, path, method: "POST", agent, headers: { ...headers, "content-type": "application/json", "content-length": String(payload.length) } },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => done({ status: res.statusCode ?? 0, body: text, ms: performance.now() - started }));
      },
    );
    req.on("error", fail);
    req.end(payload);
  });
}

/** Runs every request with at most `concurrency` in flight; the answers in the requests' order, and the seconds it all took. */
export async function inFlight(requests: readonly (() => Promise<Answer>)[], concurrency: number): Promise<{ answers: Answer[]; seconds: number }> {
  const answers: Answer[] = new Array<Answer>(requests.length);
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < requests.length) {
      const i = next++;
      answers[i] = await requests[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, requests.length) }, worker));
  return { answers, seconds: (performance.now() - started) / 1000 };
}

/** How many answers came back with each status, lowest status first. */
export function byStatus(answers: readonly Answer[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const a of answers) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
  return new Map([...counts].sort((a, b) => a[0] - b[0]));
}

/** The counts as "200 × 1, 409 × 199". */
export const describeStatuses = (counts: Map<number, number>) => [...counts].map(([status, n]) => `${status} × ${n}`).join(", ");

/** Starts the bare server (booking-bare-server.ts) in a process of its own, as the app has one. */
export async function startBareServer(databaseUrl: string, slug: string, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["--import", "tsx", resolve(import.meta.dirname, "booking-bare-server.ts")], {
    cwd: resolve(import.meta.dirname, ".."),
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), BENCH_COUNCIL: slug, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout!.on("data", (c) => (output += c));
  server.stderr!.on("data", (c) => (output += c));
  for (let i = 0; i < 150; i++) {
    if (output.includes("Bare server listening")) return server;
    if (server.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`The bare server did not start:\n${output}`);
}

/** CPU seconds (user and system) a process has used so far, from /proc; none once it has ended. */
export function cpuSecondsOf(pid: number): number {
  try {
    // After the command's closing parenthesis, utime and stime are the 12th and 13th fields.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ").at(-1)!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * TICK_SECONDS;
  } catch {
    return 0;
  }
}

/** CPU seconds a process and its descendants have used so far. */
export const treeCpuSeconds = (pid: number) => processTree(pid).reduce((sum, p) => sum + cpuSecondsOf(p), 0);

/** CPU seconds the whole machine has been busy (every core; user, system and interrupts), from /proc/stat. */
export function machineBusySeconds(): number {
  const [, ...ticks] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).map(Number);
  const [user, nice, system, , , irq, softirq] = ticks;
  return (user! + nice! + system! + irq! + softirq!) * TICK_SECONDS;
}
