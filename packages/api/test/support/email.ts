import type { Database, Scope } from "@lgp/db";
import { readOutbox, sendEmailJob } from "@lgp/email";
import { startJobs } from "@lgp/jobs";
import { MODULE_JOBS } from "@lgp/modules";

/**
 * Email goes through the job queue, so a test file that sends any runs the queue's worker, as the app
 * does; the modules' jobs too, since procedures enqueue them (a new need enqueues its notices).
 */
export const startEmailJobs = (database: Database) => startJobs(database, [sendEmailJob, ...MODULE_JOBS], { work: true });

/** The newest message to `recipient` in the scope's development outbox, once the queue has sent it. */
export async function emailTo(scope: Scope, recipient: string) {
  for (let i = 0; i < 100; i++) {
    const found = (await readOutbox(scope))?.find((m) => m.recipient === recipient);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No email to ${recipient} reached the outbox.`);
}
