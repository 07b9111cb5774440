import type { CouncilMail } from "@lgp/councils";
import { councilSchema, InputError, type Tx } from "@lgp/db";
import { queueEmail } from "@lgp/email";
import { and, eq, ne, or, sql } from "drizzle-orm";
import { helperActedForBy } from "./acting-helper";
import { checkEligible } from "./match-eligibility";
import { helperContactEmail, matchOfferEmail, offerNotTakenUpEmail, residentContactEmail } from "./match-emails";
import { helperContacts, nameOf, residentOfNeed } from "./match-people";
import { moveNeed } from "./need-status";

const { categories, helpers, matches, needs } = councilSchema;

export type Match = typeof matches.$inferSelect;

/** Who sends matching's emails, and the site their links lead to: the council. */
export type MatchMail = CouncilMail;

/** Someone answering or progressing a match: the resident, someone acting for the helper, or staff (`asStaff`). */
export interface MatchActor {
  matchId: number;
  actorId: number;
  asStaff: boolean;
}

/** Why the other offers on a need end when the resident accepts one: the audit of the acceptance records it. */
export const ANOTHER_HELPER_CHOSEN = "Another helper was chosen";

/** An offer still waiting for the resident: offered, or offered and then put on hold. */
const waiting = or(eq(matches.status, "offered"), and(eq(matches.status, "on_hold"), eq(matches.heldFrom, "offered")));

async function lockNeed(tx: Tx, needId: number) {
  const [need] = await tx
    .select({ id: needs.id, reference: needs.reference, status: needs.status, residentId: needs.residentId, categoryName: categories.name })
    .from(needs)
    .innerJoin(categories, eq(categories.id, needs.categoryId))
    .where(eq(needs.id, needId))
    .for("update", { of: needs });
  return need ?? null;
}

/**
 * Puts a helper forward for a need, as an offer waiting for the resident: refused unless the need still
 * wants help, the helper has not been put forward for it already, and the helper passes every gate now.
 */
async function putForward(tx: Tx, mail: MatchMail, given: { needId: number; helperId: number; proposedBy: number; why: (helper: string) => string }): Promise<Match | null> {
  const need = await lockNeed(tx, given.needId);
  if (!need) return null;
  if (need.status !== "open" && need.status !== "offered") throw new InputError("This request is no longer waiting for help, so no one can offer to help with it now.");
  const [helper] = await tx.select({ publicName: helpers.publicName }).from(helpers).where(eq(helpers.id, given.helperId));
  if (!helper) return null;
  const [already] = await tx.select({ id: matches.id }).from(matches).where(and(eq(matches.needId, need.id), eq(matches.helperId, given.helperId)));
  if (already) throw new InputError(`${helper.publicName} has already been put forward for this request.`);
  const { score, reasons } = await checkEligible(tx, need.id, given.helperId);
  const [match] = await tx.insert(matches).values({ needId: need.id, helperId: given.helperId, proposedBy: given.proposedBy, score, reasons }).returning();
  if (need.status === "open") await moveNeed(tx, { needId: need.id, to: "offered", actorId: given.proposedBy, reason: given.why(helper.publicName) });
  const resident = await residentOfNeed(tx, need.id);
  if (resident) {
    const content = { url: `${mail.siteUrl}/requests/${need.reference}`, reference: need.reference, helperName: helper.publicName, categoryName: need.categoryName };
    await queueEmail(tx, mail.scope, mail.sender, resident.email, matchOfferEmail, content);
  }
  return match!;
}

/** A helper offers to help with a need; null when `actorId` does not act for the helper, or there is no such need. */
export async function offerToHelp(tx: Tx, mail: MatchMail, given: { needId: number; helperId: number; actorId: number }): Promise<Match | null> {
  if (!(await helperActedForBy(tx, given.actorId, given.helperId))) return null;
  return putForward(tx, mail, { needId: given.needId, helperId: given.helperId, proposedBy: given.actorId, why: (helper) => `${helper} offered to help` });
}

/** Council staff put a helper forward for a need; null when there is no such need or helper. */
export async function proposeHelper(tx: Tx, mail: MatchMail, given: { needId: number; helperId: number; actorId: number }): Promise<Match | null> {
  return putForward(tx, mail, { needId: given.needId, helperId: given.helperId, proposedBy: given.actorId, why: (helper) => `Council staff put ${helper} forward` });
}

/**
 * The match, locked, with its need, if `actor` may act on it from the side `side` names: the resident
 * (or staff for them), the helper's people, or either; null otherwise, so another's match is not found.
 */
async function lockMatch(tx: Tx, actor: MatchActor, side: "resident" | "helper" | "either") {
  const [row] = await tx
    .select({ match: matches, needStatus: needs.status, reference: needs.reference, residentId: needs.residentId, helperName: helpers.publicName })
    .from(matches)
    .innerJoin(needs, eq(needs.id, matches.needId))
    .innerJoin(helpers, eq(helpers.id, matches.helperId))
    .where(eq(matches.id, actor.matchId))
    .for("update", { of: [matches, needs] });
  if (!row) return null;
  if (side !== "helper" && (actor.asStaff || row.residentId === actor.actorId)) return row;
  if (side !== "resident" && (await helperActedForBy(tx, actor.actorId, row.match.helperId))) return row;
  return null;
}

async function setStatus(tx: Tx, matchId: number, status: Match["status"], decidedBy: number): Promise<Match> {
  const [match] = await tx.update(matches).set({ status, decidedBy, decidedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(matches.id, matchId)).returning();
  return match!;
}

function refuse(status: Match["status"], what: string): never {
  const now: Record<Match["status"], string> = {
    offered: "is waiting for the resident's answer",
    accepted: "has already been accepted",
    declined: "has been declined",
    withdrawn: "has been withdrawn",
    on_hold: "is on hold while the council looks into a concern",
    ended: "has ended",
  };
  throw new InputError(`This offer ${now[status]}, so it cannot ${what}.`);
}

/**
 * The resident (or staff for them) accepts an offer: the match is accepted, the need's other waiting
 * offers are declined, the need is matched, and both sides are emailed each other's contact details.
 */
export async function acceptOffer(tx: Tx, mail: MatchMail, actor: MatchActor): Promise<{ match: Match; declinedIds: number[] } | null> {
  const row = await lockMatch(tx, actor, "resident");
  if (!row) return null;
  if (row.match.status !== "offered") refuse(row.match.status, "be accepted");
  const match = await setStatus(tx, row.match.id, "accepted", actor.actorId);
  const others = and(eq(matches.needId, match.needId), ne(matches.id, match.id));
  const declined = await tx
    .update(matches)
    .set({ status: "declined", decidedBy: actor.actorId, decidedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(others, eq(matches.status, "offered")))
    .returning({ id: matches.id, helperId: matches.helperId });
  for (const other of declined) await tellNotTakenUp(tx, mail, other.helperId, row.reference);
  // A paused helper's waiting offer stays on hold, and comes back declined if they are resumed.
  await tx.update(matches).set({ heldFrom: "declined", updatedAt: sql`now()` }).where(and(others, eq(matches.status, "on_hold"), eq(matches.heldFrom, "offered")));
  await moveNeed(tx, { needId: match.needId, to: "matched", actorId: actor.actorId, reason: `Accepted ${row.helperName}'s offer` });
  await sendContacts(tx, mail, { match, reference: row.reference, helperName: row.helperName });
  return { match, declinedIds: declined.map((d) => d.id) };
}

/** Tells a helper's people that their offer on request `reference` was not taken up. */
async function tellNotTakenUp(tx: Tx, mail: MatchMail, helperId: number, reference: string) {
  const [helper] = await tx.select({ publicName: helpers.publicName }).from(helpers).where(eq(helpers.id, helperId));
  for (const person of await helperContacts(tx, helperId)) {
    await queueEmail(tx, mail.scope, mail.sender, person.email, offerNotTakenUpEmail, { url: `${mail.siteUrl}/helping/needs`, reference, helperName: helper?.publicName ?? "" });
  }
}

async function sendContacts(tx: Tx, mail: MatchMail, { match, reference, helperName }: { match: Match; reference: string; helperName: string }) {
  const url = `${mail.siteUrl}/matches/${match.id}`;
  const resident = await residentOfNeed(tx, match.needId);
  const team = await helperContacts(tx, match.helperId);
  const [{ postcode } = { postcode: "" }] = await tx.select({ postcode: needs.postcode }).from(needs).where(eq(needs.id, match.needId));
  if (resident) {
    const contacts = team.map((p) => (p.name ? `${p.name}, ${p.email}` : p.email)).join("; ");
    await queueEmail(tx, mail.scope, mail.sender, resident.email, helperContactEmail, { url, reference, helperName, contacts });
    for (const person of team) {
      await queueEmail(tx, mail.scope, mail.sender, person.email, residentContactEmail, { url, reference, residentName: nameOf(resident), residentEmail: resident.email, postcode });
    }
  }
}

/** After an offer leaves, the need goes back to open if nothing else is waiting for the resident's answer. */
async function reopenIfNoneWaiting(tx: Tx, needId: number, needStatus: councilSchema.NeedStatus, actorId: number, reason: string) {
  if (needStatus !== "offered") return;
  const [left] = await tx
    .select({ id: matches.id })
    .from(matches)
    .where(and(eq(matches.needId, needId), waiting))
    .limit(1);
  if (!left) await moveNeed(tx, { needId, to: "open", actorId, reason });
}

/** The resident (or staff for them) declines an offer; the need is open again when no other offer waits. */
export async function declineOffer(tx: Tx, mail: MatchMail, actor: MatchActor & { reason: string }): Promise<Match | null> {
  const row = await lockMatch(tx, actor, "resident");
  if (!row) return null;
  if (row.match.status !== "offered") refuse(row.match.status, "be declined");
  const match = await setStatus(tx, row.match.id, "declined", actor.actorId);
  await tellNotTakenUp(tx, mail, match.helperId, row.reference);
  const why = actor.reason.trim() ? `: ${actor.reason.trim()}` : "";
  await reopenIfNoneWaiting(tx, match.needId, row.needStatus, actor.actorId, `Declined ${row.helperName}'s offer${why}`);
  return match;
}

/**
 * The helper takes back an offer, or leaves a match before the help is done: the need is open again
 * (for an accepted match at once; for an offer when no other waits).
 */
export async function withdrawOfferToHelp(tx: Tx, given: { matchId: number; actorId: number }): Promise<Match | null> {
  const row = await lockMatch(tx, { ...given, asStaff: false }, "helper");
  if (!row) return null;
  if (row.match.status !== "offered" && row.match.status !== "accepted") refuse(row.match.status, "be withdrawn");
  const match = await setStatus(tx, row.match.id, "withdrawn", given.actorId);
  const reason = `${row.helperName} withdrew`;
  if (row.match.status === "accepted") await moveNeed(tx, { needId: match.needId, to: "open", actorId: given.actorId, reason });
  else await reopenIfNoneWaiting(tx, match.needId, row.needStatus, given.actorId, reason);
  return match;
}

/** Either side (or staff) marks the help as started: the need moves from matched to in progress. */
export async function startHelp(tx: Tx, actor: MatchActor): Promise<Match | null> {
  const row = await lockMatch(tx, actor, "either");
  if (!row) return null;
  if (row.match.status !== "accepted") refuse(row.match.status, "be started");
  await moveNeed(tx, { needId: row.match.needId, to: "in_progress", actorId: actor.actorId, reason: `Help from ${row.helperName} started` });
  return row.match;
}

/** Either side (or staff) marks the help as done: the need is done and the match ends. */
export async function finishHelp(tx: Tx, actor: MatchActor): Promise<Match | null> {
  const row = await lockMatch(tx, actor, "either");
  if (!row) return null;
  if (row.match.status !== "accepted") refuse(row.match.status, "be finished");
  await moveNeed(tx, { needId: row.match.needId, to: "done", actorId: actor.actorId, reason: `Help from ${row.helperName} done` });
  return setStatus(tx, row.match.id, "ended", actor.actorId);
}
