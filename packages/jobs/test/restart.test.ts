import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { provisionCouncil } from "@lgp/councils";
import { connectPostgres, councilScope, type Database } from "@lgp/db";
import { createMigratedTestDatabase, type MigratedTestDatabase } from "@lgp/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";

let test: MigratedTestDatabase;
let url: string;
let database: Database;

beforeAll(async () => {
  test = await createMigratedTestDatabase("restart", { owner: true });
  url = test.appUrl;
  database = await connectPostgres(url);
  await provisionCouncil(database, { slug: "kingston", name: "Kingston", hosts: [] });
});
afterAll(async () => {
  await database?.close();
  await test?.drop();
});

/** Starts the fixture in its own process and resolves once it says it is ready. */
function start(mode: "enqueue" | "work", run: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "test/fixtures/once.ts", mode, run], {
    cwd: resolve(import.meta.dirname, ".."),
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((done, fail) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      if (/queued|working/.test(chunk.toString())) done(child);
    });
    child.on("exit", (code) => fail(new Error(`The ${mode} process exited (${code}) before it was ready.`)));
  });
}

const kill = (child: ChildProcess) => new Promise((done) => (child.once("exit", done), child.kill("SIGKILL")));

async function runsOf(run: string): Promise<number> {
  const scope = councilScope(database, "kingston");
  const { auditEvents } = scope.tables;
  return (await scope.run((tx) => tx.select().from(auditEvents).where(and(eq(auditEvents.action, "test.once"), eq(auditEvents.subject, run))))).length;
}

it("a job survives its process being killed, and runs exactly once after a restart", async () => {
  const run = `run-${Date.now()}`;
  await kill(await start("enqueue", run));
  expect(await runsOf(run)).toBe(0);

  const worker = await start("work", run);
  try {
    for (let i = 0; i < 100 && (await runsOf(run)) === 0; i++) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 3000)); // time for a second run, if there were to be one
    expect(await runsOf(run)).toBe(1);
  } finally {
    await kill(worker);
  }
  // …and a later worker finds nothing left to do.
  const again = await start("work", run);
  await new Promise((r) => setTimeout(r, 3000));
  await kill(again);
  expect(await runsOf(run)).toBe(1);
});
