import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { request } from "node:http";
import { resolve } from "node:path";

const web = resolve(import.meta.dirname, "../../apps/web");

/** A process and all its descendants, from /proc. */
export function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, "utf8"))![1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const tree: number[] = [];
  const visit = (p: number) => {
    tree.push(p);
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return tree;
}

/** Resident memory of a process and all its descendants, from /proc. */
export function treeRss(pid: number): number {
  let total = 0;
  for (const p of processTree(pid)) {
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0) * 1024;
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

function get(port: number, host: string, path = "/"): Promise<number> {
  return new Promise((done, fail) => {
    const req = request({ host: "127.0.0.1", port, path, headers: { host: `${host}:${port}` } }, (res) => {
      res.resume();
      res.on("end", () => done(res.statusCode ?? 0));
    });
    req.on("error", fail);
    req.end();
  });
}

export async function startServer(databaseUrl: string, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    cwd: web,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), LGP_SEED_DEMO: "false", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout!.on("data", (c) => (output += c));
  server.stderr!.on("data", (c) => (output += c));
  for (let i = 0; i < 300; i++) {
    if (output.includes("Platform: http://")) return server;
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`The server did not start:\n${output}`);
}

/** Serves `rounds` home pages (and their logos) of each council in turn, then reads the server's RSS. */
export async function serveAndMeasure(server: ChildProcess, port: number, slugs: string[], requests: number) {
  let failures = 0;
  for (let i = 0; i < requests; i++) {
    const slug = slugs[i % slugs.length]!;
    if ((await get(port, `${slug}.localhost`)) !== 200) failures++;
    if ((await get(port, `${slug}.localhost`, "/assets/logo")) !== 200) failures++;
  }
  await new Promise((r) => setTimeout(r, 2000)); // let the collector settle before reading
  return { rss: treeRss(server.pid!), failures };
}

export async function stopServer(server: ChildProcess) {
  server.kill("SIGTERM");
  await new Promise((r) => server.once("exit", r));
}
