import { councilSchema, rowsOf, type Tx } from "@lgp/db";
import { sendEmailJob } from "@lgp/email";
import { startJobs, type Jobs } from "@lgp/jobs";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll } from "vitest";
import type { MatchMail } from "../../src/matches";
import { newNeedNoticeJob } from "../../src/new-need-notices";
import { addTestNeed } from "./need";
import { addHelper, addPostcodes, PLACES, type SeedHelper } from "./offer-seed";

const { helpers, needs } = councilSchema;

/** Starts the job queue for this file's tests, enqueue only: the emails matching queues are read from the table. */
export function enqueueOnly(database: () => Parameters<typeof startJobs>[0]) {
  let jobs: Jobs;
  beforeAll(async () => {
    jobs = await startJobs(database(), [sendEmailJob, newNeedNoticeJob], { work: false });
  });
  afterAll(async () => jobs?.stop());
}

export const sender = { name: "Council", brandColour: "#005eb8", brandTextColour: "#ffffff" };

/** An open need at KT1 2AA wanting Monday mornings, and a helper 1.1 km away who is free then and may help with it. */
export async function needAndHelper(tx: Tx, seed: Partial<SeedHelper> = {}) {
  await addPostcodes(tx);
  const need = await addTestNeed(tx, { postcode: "KT1 2AA", ...PLACES["KT1 2AA"], times: ["mon-morning"] });
  const { helper, personId } = await addEligibleHelper(tx, need.categoryId, seed);
  return { need, helper, helperPersonId: personId };
}

/** An approved helper, free on Monday mornings, covering 5 km around KT1 1AA, in `categoryId`. */
export async function addEligibleHelper(tx: Tx, categoryId: number, seed: Partial<SeedHelper> = {}) {
  const added = await addHelper(tx, { categoryIds: [categoryId], ...seed });
  const [helper] = await tx.update(helpers).set({ radiusKm: 5, availability: ["mon-morning"], capacity: 3 }).where(eq(helpers.id, added.helper.id)).returning();
  return { helper: helper!, personId: added.personId };
}

export async function needStatus(tx: Tx, needId: number) {
  const [row] = await tx.select({ status: needs.status }).from(needs).where(eq(needs.id, needId));
  return row!.status;
}

/** The need's trail, oldest first, as "from → to". */
export async function trail(tx: Tx, needId: number): Promise<string[]> {
  const rows = rowsOf<{ from_status: string | null; to_status: string }>(await tx.execute(sql`select from_status, to_status from need_events where need_id = ${needId} order by id`));
  return rows.map((r) => `${r.from_status ?? "-"} → ${r.to_status}`);
}

/** Emails queued to `to`, by kind. */
export async function emailsTo(tx: Tx, to: string): Promise<{ kind: string; text: string }[]> {
  const rows = rowsOf<{ kind: string; text: string }>(await tx.execute(sql`select kind, message->>'text' as text from emails where recipient = ${to} order by id`));
  return rows;
}

export const mailFor = (scope: MatchMail["scope"]): MatchMail => ({ scope, sender, siteUrl: "http://kingston.localhost" });
