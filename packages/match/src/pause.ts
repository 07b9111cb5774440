import { councilSchema, InputError, type Tx } from "@lgp/db";
import { queueEmail } from "@lgp/email";
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { helperContacts, residentOfNeed } from "./match-people";
import type { Match, MatchMail } from "./matches";
import { helperPausedEmail, helperResumedEmail, matchOnHoldEmail, matchResumedEmail } from "./safety-emails";

const { helpers, matches, needs } = councilSchema;

/** A match still going that a pause stops: waiting for the resident, or accepted and under way. */
const LIVE: Match["status"][] = ["offered", "accepted"];

async function lockHelper(tx: Tx, helperId: number) {
  const [helper] = await tx.select().from(helpers).where(eq(helpers.id, helperId)).for("update");
  return helper ?? null;
}

/** The resident of each match is told, with the need's reference; the helper's people are told once. */
async function tellResidents(tx: Tx, mail: MatchMail, changed: Match[], helperName: string, template: typeof matchOnHoldEmail) {
  for (const match of changed) {
    const resident = await residentOfNeed(tx, match.needId);
    const [need] = await tx.select({ reference: needs.reference }).from(needs).where(eq(needs.id, match.needId));
    if (resident && need) await queueEmail(tx, mail.scope, mail.sender, resident.email, template, { url: `${mail.siteUrl}/matches/${match.id}`, reference: need.reference, helperName });
  }
}

/**
 * A safeguarding lead pauses a helper: they leave every feed, suggestion and directory (those queries
 * all require `paused_at is null`), each of their offered or accepted matches goes on hold remembering
 * where it was, and the residents of those matches and the helper's own people are emailed. The reason
 * stays with the council. Null when there is no such helper.
 */
export async function pauseHelper(tx: Tx, mail: MatchMail, given: { helperId: number; reason: string }): Promise<{ held: Match[] } | null> {
  const reason = given.reason.trim();
  if (reason === "") throw new InputError("Enter why you are pausing this helper", { reason: "Enter why you are pausing this helper" });
  const helper = await lockHelper(tx, given.helperId);
  if (!helper) return null;
  if (helper.pausedAt) throw new InputError(`${helper.publicName} is already paused.`);
  await tx.update(helpers).set({ pausedAt: sql`now()`, pausedReason: reason, updatedAt: sql`now()` }).where(eq(helpers.id, helper.id));
  const held = await tx
    .update(matches)
    .set({ status: "on_hold", heldFrom: sql`${matches.status}`, updatedAt: sql`now()` })
    .where(and(eq(matches.helperId, helper.id), inArray(matches.status, LIVE)))
    .returning();
  await tellResidents(tx, mail, held, helper.publicName, matchOnHoldEmail);
  for (const person of await helperContacts(tx, helper.id)) {
    await queueEmail(tx, mail.scope, mail.sender, person.email, helperPausedEmail, { url: `${mail.siteUrl}/helping`, helperName: helper.publicName, held: held.length });
  }
  return { held };
}

/**
 * A safeguarding lead lifts a helper's pause: each match on hold returns to where it was when held
 * (an offer the resident meanwhile answered by accepting another comes back declined, as matches.ts
 * records), and the same people are told. Null when there is no such helper.
 */
export async function resumeHelper(tx: Tx, mail: MatchMail, given: { helperId: number }): Promise<{ resumed: Match[] } | null> {
  const helper = await lockHelper(tx, given.helperId);
  if (!helper) return null;
  if (!helper.pausedAt) throw new InputError(`${helper.publicName} is not paused.`);
  await tx.update(helpers).set({ pausedAt: null, pausedReason: null, updatedAt: sql`now()` }).where(eq(helpers.id, helper.id));
  const resumed = await tx
    .update(matches)
    .set({ status: sql`${matches.heldFrom}`, heldFrom: null, updatedAt: sql`now()` })
    .where(and(eq(matches.helperId, helper.id), eq(matches.status, "on_hold"), isNotNull(matches.heldFrom)))
    .returning();
  const live = resumed.filter((m) => LIVE.includes(m.status));
  await tellResidents(tx, mail, live, helper.publicName, matchResumedEmail);
  for (const person of await helperContacts(tx, helper.id)) {
    await queueEmail(tx, mail.scope, mail.sender, person.email, helperResumedEmail, { url: `${mail.siteUrl}/helping`, helperName: helper.publicName });
  }
  return { resumed };
}
