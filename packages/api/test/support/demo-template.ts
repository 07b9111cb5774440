import { seedDemoCouncils } from "@lgp/councils";
import type { TestTemplate } from "@lgp/db/testing";
import { sendEmailJob } from "@lgp/email";
import { startJobs } from "@lgp/jobs";
import { councilModules } from "@lgp/modules";

/**
 * The demo councils (with their modules' demo data), the job queue's schema and the email queue: made
 * once per test run and copied for each test file (createMigratedTestDatabase), where making them took
 * most of a file's set-up, and more with each module.
 */
export const demoTemplate: TestTemplate = {
  name: "api-demo",
  async prepare(database) {
    await (await startJobs(database, [sendEmailJob], { work: false })).stop();
    await seedDemoCouncils(database, new Set(), councilModules);
  },
};
