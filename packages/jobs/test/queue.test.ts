import { provisionCouncil, suspendCouncil, resumeCouncil } from "@lgp/councils";
import { connectPglite, connectPostgres, councilScope, migrate, rowsOf, type Database, type Scope } from "@lgp/db";
import { createMigratedTestDatabase, type MigratedTestDatabase } from "@lgp/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineJob, enqueueJob, startJobs, type Jobs } from "../src";

interface Ran {
  scope: string;
  ids: Record<string, unknown>;
  role: string;
  attempt: number;
}

const ran: Ran[] = [];
let failuresLeft = 0;

const recordJob = defineJob<{ caseId: number }>({
  name: "test.record",
  retryDelaySeconds: 1,
  async run({ scope, ids, attempt }) {
    const role = await scope.run(async (tx) => rowsOf<{ role: string }>(await tx.execute(sql`select current_user as role`))[0]!.role);
    if (failuresLeft > 0) {
      failuresLeft--;
      throw new Error("The far end did not answer.");
    }
    ran.push({ scope: scope.name, ids, role, attempt });
  },
});

async function until(check: () => boolean, seconds = 20) {
  for (let i = 0; i < seconds * 10 && !check(); i++) await new Promise((r) => setTimeout(r, 100));
  return check();
}
const settle = () => new Promise((r) => setTimeout(r, 2500));

for (const driver of ["postgres", "pglite"] as const) {
  describe(`jobs on ${driver}`, () => {
    let test: MigratedTestDatabase | undefined;
    let database: Database;
    let jobs: Jobs;
    const scope = (slug: string): Scope => councilScope(database, slug);

    beforeAll(async () => {
      if (driver === "postgres") {
        test = await createMigratedTestDatabase("jobs", { owner: true });
        database = await connectPostgres(test.appUrl);
      } else {
        database = await connectPglite();
        await migrate(database);
      }
      for (const slug of ["kingston", "richmond"]) await provisionCouncil(database, { slug, name: `Council ${slug}`, hosts: [] });
      jobs = await startJobs(database, [recordJob], { work: true });
    });
    afterAll(async () => {
      await jobs?.stop();
      await database?.close();
      await test?.drop();
    });

    it("runs a job once its transaction commits, as the council it came from, with only the ids it was given", async () => {
      ran.length = 0;
      await scope("kingston").run((tx) => enqueueJob(tx, scope("kingston"), recordJob, { caseId: 7 }));
      expect(await until(() => ran.length === 1)).toBe(true);
      expect(ran[0]).toMatchObject({ scope: "council:kingston", ids: { caseId: 7 }, role: database.roles.council("kingston") });
    });

    it("never runs a job whose transaction rolled back", async () => {
      ran.length = 0;
      await expect(
        scope("kingston").run(async (tx) => {
          await enqueueJob(tx, scope("kingston"), recordJob, { caseId: 8 });
          throw new Error("the change failed");
        }),
      ).rejects.toThrow("the change failed");
      await settle();
      expect(ran).toEqual([]);
    });

    it("takes the council from the transaction, whatever the ids claim", async () => {
      ran.length = 0;
      const forged = { caseId: 9, scope: "council:richmond" } as unknown as { caseId: number };
      await scope("kingston").run((tx) => enqueueJob(tx, scope("kingston"), recordJob, forged));
      expect(await until(() => ran.length === 1)).toBe(true);
      expect(ran[0]!.scope).toBe("council:kingston");
    });

    it("leaves the council's role in place after enqueueing", async () => {
      const role = await scope("kingston").run(async (tx) => {
        await enqueueJob(tx, scope("kingston"), recordJob, { caseId: 10 });
        return rowsOf<{ role: string }>(await tx.execute(sql`select current_user as role`))[0]!.role;
      });
      expect(role).toBe(database.roles.council("kingston"));
      await until(() => ran.some((r) => r.ids.caseId === 10));
    });

    it("retries a failed job with backoff until it succeeds", async () => {
      ran.length = 0;
      failuresLeft = 1;
      await scope("richmond").run((tx) => enqueueJob(tx, scope("richmond"), recordJob, { caseId: 11 }));
      expect(await until(() => ran.length === 1, 30)).toBe(true);
      expect(ran[0]).toMatchObject({ scope: "council:richmond", attempt: 1 });
    });

    it("holds a suspended council's jobs until it resumes", async () => {
      ran.length = 0;
      // Suspended first: a job queued just before could be worked before the suspension commits.
      await suspendCouncil(database, "richmond");
      await scope("richmond").run((tx) => enqueueJob(tx, scope("richmond"), recordJob, { caseId: 12 }));
      const created = async () => (await jobs.boss.findJobs("test.record", { data: { caseId: 12 } })).filter((j) => j.state === "created");
      let waiting = await created();
      // Until the worker has looked at it and put it back (however long a busy machine takes to get there).
      for (let i = 0; i < 300 && !waiting.some((j) => j.startAfter.getTime() > Date.now() + 60_000); i++) {
        await new Promise((r) => setTimeout(r, 100));
        waiting = await created();
      }
      await resumeCouncil(database, "richmond");
      expect(ran.filter((r) => r.ids.caseId === 12)).toEqual([]);
      // Put back for an hour, as the council it belongs to, to be looked at again then.
      expect(waiting).toHaveLength(1);
      expect(waiting[0]!.data).toEqual({ caseId: 12, scope: "council:richmond" });
      expect(waiting[0]!.startAfter.getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
    });
  });
}
