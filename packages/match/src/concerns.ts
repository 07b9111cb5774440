import { councilSchema, InputError, newReference, normaliseReference, type Tx } from "@lgp/db";
import { queueEmail } from "@lgp/email";
import { and, asc, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { helperActedForBy } from "./acting-helper";
import type { MatchMail } from "./matches";
import type { Viewer } from "./match-view";
import { matchForSafety } from "./ratings";
import { concernReceivedEmail } from "./safety-emails";

const { categories, concernNotes, concerns, helpers, matches, needs, people } = councilSchema;

export type Concern = typeof concerns.$inferSelect;
export type ConcernStatus = Concern["status"];

/** A concern's reference, like SG-7K3M-Q9PX. */
export const newConcernReference = () => newReference("SG");

/** A concern's reference as a person may type it, in its stored form; null when it cannot be one. */
export const normaliseConcernReference = (typed: string) => normaliseReference("SG", typed);

/**
 * Someone in a match tells the council something worries them: the concern joins the council's
 * safeguarding queue under a new case reference, and the person who raised it is emailed that
 * reference. Null when there is no such match or `raisedBy` is not in it (the caller answers not found).
 */
export async function raiseConcern(tx: Tx, mail: MatchMail, given: { matchId: number; raisedBy: Viewer; details: string }): Promise<{ reference: string } | null> {
  if (!(await matchForSafety(tx, given.matchId, given.raisedBy))) return null;
  const details = given.details.trim();
  if (details === "") throw new InputError("Enter what worries you", { details: "Enter what worries you" });
  let created: { reference: string } | undefined;
  // A clash of references is astronomically rare; drawing again keeps the unique index the only judge.
  while (!created) {
    [created] = await tx
      .insert(concerns)
      .values({ reference: newConcernReference(), matchId: given.matchId, raisedBy: given.raisedBy.personId, details })
      .onConflictDoNothing({ target: concerns.reference })
      .returning({ reference: concerns.reference });
  }
  const [raiser] = await tx.select({ email: people.email }).from(people).where(eq(people.id, given.raisedBy.personId));
  await queueEmail(tx, mail.scope, mail.sender, raiser!.email, concernReceivedEmail, { url: `${mail.siteUrl}/matches/${given.matchId}`, reference: created.reference });
  return created;
}

export interface ConcernListed {
  reference: string;
  status: ConcernStatus;
  raisedAt: Date;
  closedAt: Date | null;
  helperName: string;
  helperPaused: boolean;
  needReference: string;
  categoryName: string;
}

/** The council's safeguarding queue: open concerns oldest first (the longest waiting on top), closed ones newest first. */
export async function listConcerns(tx: Tx, status: ConcernStatus): Promise<ConcernListed[]> {
  const rows = await tx
    .select({
      reference: concerns.reference,
      status: concerns.status,
      raisedAt: concerns.createdAt,
      closedAt: concerns.closedAt,
      helperName: helpers.publicName,
      pausedAt: helpers.pausedAt,
      needReference: needs.reference,
      categoryName: categories.name,
    })
    .from(concerns)
    .innerJoin(matches, eq(matches.id, concerns.matchId))
    .innerJoin(helpers, eq(helpers.id, matches.helperId))
    .innerJoin(needs, eq(needs.id, matches.needId))
    .innerJoin(categories, eq(categories.id, needs.categoryId))
    .where(eq(concerns.status, status))
    .orderBy(status === "open" ? asc(concerns.createdAt) : desc(concerns.closedAt), asc(concerns.id));
  return rows.map(({ pausedAt, ...row }) => ({ ...row, helperPaused: pausedAt !== null }));
}

export interface ConcernNote {
  note: string;
  at: Date;
  author: string;
}

export interface ConcernCase {
  id: number;
  reference: string;
  status: ConcernStatus;
  details: string;
  raisedAt: Date;
  raisedBy: { name: string | null; email: string; role: "resident" | "helper" | "staff" };
  outcome: string | null;
  closedAt: Date | null;
  closedBy: string | null;
  match: { id: number; status: (typeof matches.$inferSelect)["status"]; heldFrom: (typeof matches.$inferSelect)["heldFrom"] };
  helper: { id: number; publicName: string; kind: (typeof helpers.$inferSelect)["kind"]; pausedAt: Date | null; pausedReason: string | null };
  need: { reference: string; categoryName: string; status: (typeof needs.$inferSelect)["status"] };
  notes: ConcernNote[];
}

const raiser = alias(people, "raiser");
const closer = alias(people, "closer");

/** A case as a safeguarding lead works it; null when the council has no concern with that reference. */
export async function concernCase(tx: Tx, reference: string): Promise<ConcernCase | null> {
  const [row] = await tx
    .select({ concern: concerns, match: matches, helper: helpers, need: needs, categoryName: categories.name, raiser: { name: raiser.name, email: raiser.email }, closedBy: closer.email })
    .from(concerns)
    .innerJoin(matches, eq(matches.id, concerns.matchId))
    .innerJoin(helpers, eq(helpers.id, matches.helperId))
    .innerJoin(needs, eq(needs.id, matches.needId))
    .innerJoin(categories, eq(categories.id, needs.categoryId))
    .innerJoin(raiser, eq(raiser.id, concerns.raisedBy))
    .leftJoin(closer, eq(closer.id, concerns.closedBy))
    .where(eq(concerns.reference, reference));
  if (!row) return null;
  const { concern, match, helper, need } = row;
  const notes = await tx
    .select({ note: concernNotes.note, at: concernNotes.at, author: people.email })
    .from(concernNotes)
    .innerJoin(people, eq(people.id, concernNotes.authorId))
    .where(eq(concernNotes.concernId, concern.id))
    .orderBy(asc(concernNotes.at), asc(concernNotes.id));
  const role = concern.raisedBy === need.residentId ? "resident" : (await helperActedForBy(tx, concern.raisedBy, helper.id)) ? "helper" : "staff";
  return {
    id: concern.id,
    reference: concern.reference,
    status: concern.status,
    details: concern.details,
    raisedAt: concern.createdAt,
    raisedBy: { ...row.raiser, role },
    outcome: concern.outcome,
    closedAt: concern.closedAt,
    closedBy: row.closedBy,
    match: { id: match.id, status: match.status, heldFrom: match.heldFrom },
    helper: { id: helper.id, publicName: helper.publicName, kind: helper.kind, pausedAt: helper.pausedAt, pausedReason: helper.pausedReason },
    need: { reference: need.reference, categoryName: row.categoryName, status: need.status },
    notes,
  };
}

async function lockOpenConcern(tx: Tx, reference: string, what: string) {
  const [concern] = await tx.select().from(concerns).where(eq(concerns.reference, reference)).for("update");
  if (!concern) return null;
  if (concern.status !== "open") throw new InputError(`This concern is closed, so you cannot ${what}.`);
  return concern;
}

/** A safeguarding lead adds a note to an open case; notes are kept in order and never changed. Null when there is no such concern. */
export async function addConcernNote(tx: Tx, given: { reference: string; authorId: number; note: string }): Promise<Concern | null> {
  const note = given.note.trim();
  if (note === "") throw new InputError("Enter a note", { note: "Enter a note" });
  const concern = await lockOpenConcern(tx, given.reference, "add a note");
  if (!concern) return null;
  await tx.insert(concernNotes).values({ concernId: concern.id, authorId: given.authorId, note });
  return concern;
}

/** A safeguarding lead records the outcome and closes the case. Null when there is no such concern. */
export async function closeConcern(tx: Tx, given: { reference: string; closedBy: number; outcome: string }): Promise<Concern | null> {
  const outcome = given.outcome.trim();
  if (outcome === "") throw new InputError("Enter the outcome", { outcome: "Enter the outcome" });
  const concern = await lockOpenConcern(tx, given.reference, "close it again");
  if (!concern) return null;
  const [closed] = await tx
    .update(concerns)
    .set({ status: "closed", outcome, closedBy: given.closedBy, closedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(concerns.id, concern.id), eq(concerns.status, "open")))
    .returning();
  return closed!;
}
