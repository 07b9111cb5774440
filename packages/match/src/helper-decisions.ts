import { councilSchema, InputError, type Scope, type Tx } from "@lgp/db";
import { queueEmail, type Sender } from "@lgp/email";
import { todayInLondon } from "@lgp/time";
import { and, asc, desc, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { z } from "zod";
import type { Helper } from "./acting-helper";
import { helperApprovedEmail, helperDeclinedEmail } from "./helper-emails";
import { helperCategoryList } from "./helpers";
import { ratingsOfHelper } from "./ratings";
import { notMatchedIn, vettingRecordsOf } from "./vetting";
import { helperContacts } from "./match-people";

const { helpers, organisations, people } = councilSchema;

/** How staff see the helpers: waiting for approval, approved, paused by a safeguarding lead, declined. */
export const STAFF_HELPER_GROUPS = ["waiting", "approved", "paused", "declined"] as const;
export type StaffHelperGroup = (typeof STAFF_HELPER_GROUPS)[number];

export interface StaffHelperRow {
  id: number;
  publicName: string;
  kind: Helper["kind"];
  organisationName: string | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
}

const rowColumns = {
  id: helpers.id,
  publicName: helpers.publicName,
  kind: helpers.kind,
  organisationName: organisations.name,
  submittedAt: helpers.submittedAt,
  decidedAt: helpers.decidedAt,
};

/** Every helper who has sent a sign-up, by group: those waiting longest first, the others by name. */
export async function helpersForStaff(tx: Tx): Promise<Record<StaffHelperGroup, StaffHelperRow[]>> {
  const rows = (where: ReturnType<typeof and>, order = [asc(helpers.publicName), asc(helpers.id)]) =>
    tx
      .select(rowColumns)
      .from(helpers)
      .leftJoin(organisations, eq(organisations.id, helpers.organisationId))
      .where(where)
      .orderBy(...order);
  return {
    waiting: await rows(eq(helpers.status, "submitted"), [asc(helpers.submittedAt), asc(helpers.id)]),
    approved: await rows(and(eq(helpers.status, "approved"), isNull(helpers.pausedAt))),
    paused: await rows(and(ne(helpers.status, "applying"), isNotNull(helpers.pausedAt))),
    declined: await rows(eq(helpers.status, "declined"), [desc(helpers.decidedAt), asc(helpers.id)]),
  };
}

/**
 * One helper as staff see them: their answers, categories, vetting records, the categories they are
 * not matched in today for want of a check in date, and the ratings residents gave them. Null when the council has no such helper (or it is
 * still signing up, which staff do not see).
 */
export async function helperForStaff(tx: Tx, helperId: number, today = todayInLondon().toString()) {
  const [row] = await tx
    .select({ helper: helpers, organisationName: organisations.name, volunteerEmail: people.email })
    .from(helpers)
    .leftJoin(organisations, eq(organisations.id, helpers.organisationId))
    .leftJoin(people, eq(people.id, helpers.personId))
    .where(and(eq(helpers.id, helperId), ne(helpers.status, "applying")));
  if (!row) return null;
  return {
    ...row.helper,
    organisationName: row.organisationName,
    contacts: (await helperContacts(tx, helperId)).map((c) => c.email),
    categories: await helperCategoryList(tx, helperId),
    vetting: await vettingRecordsOf(tx, helperId),
    notMatchedIn: await notMatchedIn(tx, helperId, today),
    ratings: await ratingsOfHelper(tx, helperId),
  };
}

export const declineReason = z
  .string({ error: "Enter the reason you are declining them" })
  .trim()
  .min(1, "Enter the reason you are declining them")
  .max(1000, "Enter a reason of 1000 characters or fewer");

interface Decision {
  helperId: number;
  actorId: number;
  /** The site's origin, for the link in the helper's email. */
  siteUrl: string;
}

/** The submitted helper `helperId`, locked for a decision; null when there is none. */
async function waiting(tx: Tx, helperId: number): Promise<Helper | null> {
  const [helper] = await tx.select().from(helpers).where(and(eq(helpers.id, helperId), ne(helpers.status, "applying"))).for("update");
  if (!helper) return null;
  if (helper.status !== "submitted") throw new InputError(`${helper.publicName} is not waiting for a decision: they are ${helper.status}.`);
  return helper;
}

async function decide(tx: Tx, helper: Helper, status: "approved" | "declined", actorId: number): Promise<Helper> {
  const [decided] = await tx.update(helpers).set({ status, decidedAt: sql`now()`, decidedBy: actorId, updatedAt: sql`now()` }).where(eq(helpers.id, helper.id)).returning();
  return decided!;
}

/**
 * Approves a submitted helper, who from now on is listed and matched in the categories their checks cover,
 * and emails their people through the queue. A volunteer's role follows in the caller (identity's grant).
 */
export async function approveHelper(tx: Tx, scope: Scope, sender: Sender, { helperId, actorId, siteUrl }: Decision): Promise<Helper | null> {
  const helper = await waiting(tx, helperId);
  if (!helper) return null;
  const approved = await decide(tx, helper, "approved", actorId);
  for (const { email: to } of await helperContacts(tx, helper.id)) await queueEmail(tx, scope, sender, to, helperApprovedEmail, { url: `${siteUrl}/helping`, helperName: helper.publicName });
  return approved;
}

/** Declines a submitted helper with a reason, emailed to their people; they may change their answers and send them again. */
export async function declineHelper(tx: Tx, scope: Scope, sender: Sender, { reason, ...decision }: Decision & { reason: string }): Promise<Helper | null> {
  const why = declineReason.safeParse(reason);
  if (!why.success) throw new InputError(why.error.issues[0]!.message, { reason: why.error.issues[0]!.message });
  const helper = await waiting(tx, decision.helperId);
  if (!helper) return null;
  const declined = await decide(tx, helper, "declined", decision.actorId);
  for (const { email: to } of await helperContacts(tx, helper.id)) {
    await queueEmail(tx, scope, sender, to, helperDeclinedEmail, { url: `${decision.siteUrl}/helping/sign-up?helper=${helper.id}`, helperName: helper.publicName, reason: why.data });
  }
  return declined;
}
