import { provisionCouncil } from "@lgp/councils";
import { connectPostgres, councilScope, platformScope, rowsOf, type Database } from "@lgp/db";
import { createMigratedTestDatabase, type MigratedTestDatabase } from "@lgp/db/testing";
import { startJobs } from "@lgp/jobs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { clearExpiredJob } from "../src/clear-expired";
import { findOrCreatePerson } from "../src/people";

let test: MigratedTestDatabase;
let database: Database;

beforeAll(async () => {
  test = await createMigratedTestDatabase("expiry");
  database = await connectPostgres(test.appUrl);
  for (const slug of ["bromley", "croydon"]) await provisionCouncil(database, { slug, name: `Council ${slug}`, hosts: [] });
});
afterAll(async () => {
  await database?.close();
  await test?.drop();
});

/** One expired and one live row of each kind, in a scope's own tables. */
async function seed(scope: ReturnType<typeof councilScope>) {
  const { sessions, verificationTokens, invitations, rateLimits } = scope.tables;
  await scope.run(async (tx) => {
    const person = await findOrCreatePerson(tx, scope, "someone@example.com");
    const past = sql`now() - interval '2 days'`;
    const future = sql`now() + interval '2 days'`;
    await tx.insert(sessions).values([
      { tokenHash: "old", personId: person.id, expires: past },
      { tokenHash: "live", personId: person.id, expires: future },
    ]);
    await tx.insert(verificationTokens).values([
      { identifier: "a@example.com", token: "old", expires: past },
      { identifier: "a@example.com", token: "live", expires: future },
    ]);
    await tx.insert(invitations).values([
      { email: "old@example.com", role: "council_staff", tokenHash: "old", invitedBy: "x", expiresAt: past },
      { email: "live@example.com", role: "council_staff", tokenHash: "live", invitedBy: "x", expiresAt: future },
    ]);
    await tx.insert(rateLimits).values([
      { key: "old", windowStart: past, hits: 3 },
      { key: "live", windowStart: sql`now()`, hits: 3 },
    ]);
  });
}

async function left(schema: string) {
  const count = async (table: string, column: string) =>
    rowsOf<{ v: string }>(await database.owner.execute(sql.raw(`select ${column} as v from ${schema}.${table} order by 1`))).map((r) => r.v);
  return {
    sessions: await count("sessions", "token_hash"),
    tokens: await count("verification_tokens", "token"),
    invitations: await count("invitations", "email"),
    rateLimits: await count("rate_limits", "key"),
  };
}

it("clears expired sessions, sign-in tokens, invitations and rate-limit rows in every council and the platform, keeping live ones", async () => {
  for (const scope of [councilScope(database, "bromley"), councilScope(database, "croydon"), platformScope(database)]) await seed(scope as ReturnType<typeof councilScope>);
  await clearExpiredJob.run({ database, scope: platformScope(database), ids: {}, attempt: 0, lastAttempt: true });
  const live = { sessions: ["live"], tokens: ["live"], invitations: ["live@example.com"], rateLimits: ["live"] };
  for (const schema of ["council_bromley", "council_croydon", "platform"]) expect(await left(schema)).toEqual(live);
});

it("is on the queue's schedule, hourly", async () => {
  const jobs = await startJobs(database, [clearExpiredJob], { work: true });
  try {
    const [schedule] = await jobs.boss.getSchedules(clearExpiredJob.name);
    expect(schedule).toMatchObject({ name: "identity.clear-expired", cron: "7 * * * *", timezone: "Europe/London" });
  } finally {
    await jobs.stop();
  }
});
