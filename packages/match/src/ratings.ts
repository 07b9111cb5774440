import { councilSchema, InputError, type Tx } from "@lgp/db";
import { desc, eq } from "drizzle-orm";
import { helperActedForBy } from "./acting-helper";
import type { Viewer } from "./match-view";

const { helpers, matches, needs, ratings } = councilSchema;

export type Rating = typeof ratings.$inferSelect;

async function matchWithResident(tx: Tx, matchId: number) {
  const [row] = await tx.select({ status: matches.status, helperId: matches.helperId, residentId: needs.residentId }).from(matches).innerJoin(needs, eq(needs.id, matches.needId)).where(eq(matches.id, matchId));
  return row ?? null;
}

/**
 * The resident (or staff for them) rates help that is done: 1 to 5 stars and a comment, once. Null when
 * there is no such match or the rater is neither its resident nor staff (the helper's side cannot rate
 * itself).
 */
export async function rateHelp(tx: Tx, given: { matchId: number; rater: Viewer; stars: number; comment: string }): Promise<Rating | null> {
  const match = await matchWithResident(tx, given.matchId);
  if (!match || (!given.rater.asStaff && match.residentId !== given.rater.personId)) return null;
  if (match.status !== "ended") throw new InputError("You can rate the help once it is done.");
  if (!Number.isInteger(given.stars) || given.stars < 1 || given.stars > 5) throw new InputError("Choose from 1 to 5 stars", { stars: "Choose from 1 to 5 stars" });
  const [rating] = await tx
    .insert(ratings)
    .values({ matchId: given.matchId, stars: given.stars, comment: given.comment.trim(), ratedBy: given.rater.personId })
    .onConflictDoNothing({ target: ratings.matchId })
    .returning();
  if (!rating) throw new InputError("This help has already been rated.");
  return rating;
}

/** A match as its concern and rating pages show it to someone in it. */
export interface MatchForSafety {
  matchId: number;
  status: (typeof matches.$inferSelect)["status"];
  needReference: string;
  helperName: string;
  /** Whether the viewer may rate it now: its resident or staff, the help done, no rating yet. */
  canRate: boolean;
  /** Seen by staff, the resident and the helper's own people: never anyone else. */
  rating: Rating | null;
}

/** The match, if `viewer` is in it (its resident, someone acting for its helper, or staff); null otherwise (not found). */
export async function matchForSafety(tx: Tx, matchId: number, viewer: Viewer): Promise<MatchForSafety | null> {
  const [row] = await tx
    .select({ status: matches.status, helperId: matches.helperId, residentId: needs.residentId, needReference: needs.reference, helperName: helpers.publicName })
    .from(matches)
    .innerJoin(needs, eq(needs.id, matches.needId))
    .innerJoin(helpers, eq(helpers.id, matches.helperId))
    .where(eq(matches.id, matchId));
  if (!row) return null;
  const forResident = viewer.asStaff || row.residentId === viewer.personId;
  if (!forResident && !(await helperActedForBy(tx, viewer.personId, row.helperId))) return null;
  const [rating] = await tx.select().from(ratings).where(eq(ratings.matchId, matchId));
  return { matchId, status: row.status, needReference: row.needReference, helperName: row.helperName, canRate: forResident && row.status === "ended" && !rating, rating: rating ?? null };
}

/** A rating as the helper's pages show it: who gave it stays out, as the request's reference is enough. */
export type HelperRating = Pick<Rating, "matchId" | "stars" | "comment" | "createdAt"> & { needReference: string };

/** A helper's ratings, newest first, for staff and the helper's own people (the caller decides who may look). */
export async function ratingsOfHelper(tx: Tx, helperId: number): Promise<HelperRating[]> {
  return tx
    .select({ matchId: ratings.matchId, stars: ratings.stars, comment: ratings.comment, createdAt: ratings.createdAt, needReference: needs.reference })
    .from(ratings)
    .innerJoin(matches, eq(matches.id, ratings.matchId))
    .innerJoin(needs, eq(needs.id, matches.needId))
    .where(eq(matches.helperId, helperId))
    .orderBy(desc(ratings.createdAt), desc(ratings.matchId));
}
