import type { CouncilMail } from "@lgp/councils";
import { councilScope, type Database } from "@lgp/db";
import { sendEmailJob } from "@lgp/email";
import { startJobs, type Jobs } from "@lgp/jobs";
import { afterAll, beforeAll } from "vitest";

/**
 * For a test file whose code queues emails: the job queue started to enqueue only (the emails queued
 * are read from the council's emails table), and each council's mail as a request or job gives it.
 */
export function queuedMail(database: () => Database) {
  let jobs: Jobs;
  beforeAll(async () => {
    jobs = await startJobs(database(), [sendEmailJob], { work: false });
  });
  afterAll(async () => jobs?.stop());
  return (slug: string): CouncilMail => ({
    scope: councilScope(database(), slug),
    sender: { name: "Council", brandColour: "#005eb8", brandTextColour: "#ffffff" },
    siteUrl: `http://${slug}.localhost`,
  });
}
