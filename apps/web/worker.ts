/**
 * `pnpm worker`: runs the job queue's handlers and schedules in a process of their own, for a server
 * whose web processes are started with LGP_JOBS_IN_APP=false. Needs a Postgres server: the embedded
 * database belongs to one process, whose app runs the jobs itself.
 */
import { connectionWarnings, sharedDatabase } from "@lgp/db";
import { startJobs } from "@lgp/jobs";
import { JOBS } from "./src/server/jobs";

const database = await sharedDatabase();
if (database.driver === "pglite") {
  console.error("The worker needs a Postgres server (set DATABASE_URL): on the embedded database the app runs its jobs itself.");
  process.exit(2);
}
for (const warning of await connectionWarnings(database)) console.warn(`WARNING: ${warning}`);
const jobs = await startJobs(database, JOBS, { work: true });
console.log(`Worker running: ${JOBS.map((j) => j.name).join(", ")}.`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    await jobs.stop();
    await database.close();
    process.exit(0);
  });
}
