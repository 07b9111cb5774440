import { councilAddress, platformAddress, prepareDatabase } from "@lgp/councils";
import { councilModules } from "@lgp/modules";
import { connectionWarnings, sharedDatabase } from "@lgp/db";
import { allowLocalEmailServers } from "@lgp/email";
import { allowLocalIdentityProviders } from "@lgp/identity";
import { startJobs } from "@lgp/jobs";
import { env, seedDemo } from "../env";
import { JOBS } from "./jobs";

export async function startServer() {
  const database = await sharedDatabase();
  const where = database.driver === "pglite" ? "the embedded database (PGlite)" : "the Postgres server in DATABASE_URL";
  console.log(`Using ${where}.`);
  const councils = await prepareDatabase(database, { seedDemo, modules: councilModules, log: (line) => console.log(`  ${line}`) });
  // Every email goes through the queue; the app works it too unless a separate `pnpm worker` does.
  const work = env.LGP_JOBS_IN_APP === "true" || database.driver === "pglite";
  await startJobs(database, JOBS, { work });
  console.log(work ? "  jobs: worked in this process" : "  jobs: enqueued here, worked by `pnpm worker`");
  console.log(`\nPlatform: ${platformAddress()}`);
  // Each council's address under the platform's host, which reaches this machine without any DNS set-up.
  for (const c of councils.filter((c) => c.status === "active")) {
    console.log(`${c.name}: ${councilAddress({ slug: c.slug, hosts: [] })}`);
  }
  for (const warning of await connectionWarnings(database)) console.warn(`\nWARNING: ${warning}`);
  if (allowLocalIdentityProviders) {
    console.warn("\nWARNING: LGP_UNSAFE_LOCAL_IDENTITY_PROVIDERS is on: staff sign-in may reach identity providers on this machine's network. It is for the test suites only.");
  }
  if (allowLocalEmailServers) {
    console.warn("\nWARNING: LGP_UNSAFE_LOCAL_EMAIL_SERVERS is on: email may go to SMTP servers on this machine's network. It is for the test suites only.");
  }
}
