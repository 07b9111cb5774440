import type { Database, Scope, Tx } from "@lgp/db";
import { sql } from "drizzle-orm";
import { fromDrizzle, type DrizzleTransactionLike, type PgBoss } from "pg-boss";
import { createBoss } from "./boss";
import type { JobData, JobDefinition, JobIds } from "./job";
import { standingOf } from "./live-scope";

const DEFAULT_RETRIES = 5;
const DEFAULT_RETRY_DELAY_SECONDS = 30;
/** How long a suspended council's job waits before it is looked at again. */
const HOLD_SECONDS = 60 * 60;
const TIME_ZONE = "Europe/London";
/** NOTIFY wakes a worker as a job is created; the polls are the floor beneath it (and the retries' clock). */
const POLLING = { pollingIntervalSeconds: 0.5, notifyPollingIntervalSeconds: 1, batchSize: 25, localConcurrency: 2, burstWhenReadyExceeds: 25 };

export interface Jobs {
  boss: PgBoss;
  stop(): Promise<void>;
}

// Route handlers, pages and instrumentation are bundled apart but share the process, and its queue.
const key = Symbol.for("lgp.jobs");
type Holder = { [key]?: Jobs };
const holder = globalThis as Holder;

/**
 * Starts this process's queue: installs or upgrades the jobs schema, creates each job's queue, and when
 * `work` is set runs the handlers and the schedules. Without `work` the process only enqueues (a web
 * server whose jobs run in `pnpm worker`).
 */
export async function startJobs(database: Database, definitions: readonly JobDefinition[], options: { work: boolean }): Promise<Jobs> {
  if (holder[key]) throw new Error("The job queue is already started in this process.");
  const boss = createBoss(database, { schedule: options.work });
  boss.on("error", (error) => console.error("Job queue:", error));
  await boss.start();
  for (const job of definitions) {
    const queue = { retryLimit: job.retryLimit ?? DEFAULT_RETRIES, retryDelay: job.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS, retryBackoff: true, notify: true };
    if (await boss.getQueue(job.name)) await boss.updateQueue(job.name, queue);
    else await boss.createQueue(job.name, queue);
  }
  if (options.work) {
    for (const job of definitions) {
      // Up to a batch at a time, each job settled on its own: one council's failing email does not fail
      // or delay another's.
      await boss.work<JobData>(job.name, { ...POLLING, perJobResults: true }, (batch) =>
        Promise.all(
          batch.map((next) =>
            runOne(database, boss, job, next).then(
              () => ({ id: next.id, status: "completed" as const }),
              (error: unknown) => ({ id: next.id, status: "failed" as const, output: { message: error instanceof Error ? error.message : String(error) } }),
            ),
          ),
        ),
      );
      if (job.schedule) await boss.schedule(job.name, job.schedule, { scope: "platform" }, { tz: TIME_ZONE });
      else await boss.unschedule(job.name);
    }
  }
  const jobs: Jobs = {
    boss,
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000 });
      if (holder[key] === jobs) delete holder[key];
    },
  };
  holder[key] = jobs;
  return jobs;
}

async function runOne(database: Database, boss: PgBoss, job: JobDefinition, next: { data: JobData; retryCount: number }) {
  const { scope: scopeName, ...ids } = next.data;
  const standing = await standingOf(database, scopeName);
  if (standing.kind === "cancel") return;
  if (standing.kind === "hold") {
    await boss.send(job.name, next.data, { startAfter: HOLD_SECONDS });
    return;
  }
  const retryLimit = job.retryLimit ?? DEFAULT_RETRIES;
  await job.run({ database, scope: standing.scope, ids: ids as JobIds, attempt: next.retryCount, lastAttempt: next.retryCount >= retryLimit });
}

/**
 * Enqueues a job in the caller's transaction, so it exists only if the change that caused it commits.
 * The scope is the transaction's own: a caller names ids, never the council. The council's role has no
 * access to the jobs schema, so the insert steps out of it for that one statement and back in.
 */
export async function enqueueJob<Ids extends JobIds>(tx: Tx, scope: Scope, job: JobDefinition<Ids>, ids: Ids): Promise<void> {
  const jobs = holder[key];
  if (!jobs) throw new Error("The job queue is not started in this process: call startJobs first.");
  await tx.execute(sql`select set_config('role', 'none', true)`);
  try {
    await jobs.boss.send(job.name, { ...ids, scope: scope.name }, { db: fromDrizzle(tx as unknown as DrizzleTransactionLike, sql) });
  } finally {
    await tx.execute(sql`select set_config('role', ${scope.role}, true)`);
  }
}
