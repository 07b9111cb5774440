import { councilSchema, InputError, type Tx } from "@lgp/db";
import { and, eq, or, sql } from "drizzle-orm";

type NeedStatus = councilSchema.NeedStatus;

const { matches, needs, needEvents } = councilSchema;

/** The ends a need reaches without the help being done. */
const ENDED_UNHELPED: readonly NeedStatus[] = ["withdrawn", "expired", "closed"];

/**
 * The moves a need may make. A need goes back to open when every offer on it is declined or withdrawn,
 * or when its match ends early, so another helper can be found. Done, withdrawn, expired and closed are
 * final: a resident who needs help again asks again, and the old trail stays as it was.
 */
export const NEED_MOVES: Record<NeedStatus, readonly NeedStatus[]> = {
  open: ["offered", "withdrawn", "expired", "closed"],
  offered: ["open", "matched", "withdrawn", "expired", "closed"],
  matched: ["in_progress", "open", "withdrawn", "closed"],
  in_progress: ["done", "open", "withdrawn", "closed"],
  done: [],
  withdrawn: [],
  expired: [],
  closed: [],
};

/** Whether a need with status `from` may move to `to`. */
export function canMoveNeed(from: NeedStatus, to: NeedStatus): boolean {
  return NEED_MOVES[from].includes(to);
}

const WHERE_IT_STANDS: Record<NeedStatus, string> = {
  open: "is still open",
  offered: "has an offer of help waiting",
  matched: "is already matched with a helper",
  in_progress: "is already in progress",
  done: "is already done",
  withdrawn: "has already been withdrawn",
  expired: "has already expired",
  closed: "is already closed",
};

const WHAT_WAS_ASKED: Record<NeedStatus, string> = {
  open: "be reopened",
  offered: "be offered help",
  matched: "be matched with a helper",
  in_progress: "be marked as in progress",
  done: "be marked as done",
  withdrawn: "be withdrawn",
  expired: "expire",
  closed: "be closed",
};

/** Why a move is refused, in words a resident or member of staff can act on. */
export function refusedMoveMessage(from: NeedStatus, to: NeedStatus): string {
  return `This request ${WHERE_IT_STANDS[from]}, so it cannot ${WHAT_WAS_ASKED[to]}.`;
}

export interface NeedMove {
  needId: number;
  to: NeedStatus;
  /** Null when the platform itself makes the move (an expiry). */
  actorId: number | null;
  reason: string;
}

/**
 * Moves a need to `to` and records who, when and why in its trail. The need's row is locked first, so
 * two moves at once (a resident withdrawing while a helper offers) take turns and the second sees the
 * first's result.
 */
export async function moveNeed(tx: Tx, { needId, to, actorId, reason }: NeedMove): Promise<void> {
  const [need] = await tx.select({ status: needs.status }).from(needs).where(eq(needs.id, needId)).for("update");
  if (!need) throw new InputError("This request could not be found. It may have been removed.");
  if (!canMoveNeed(need.status, to)) throw new InputError(refusedMoveMessage(need.status, to));
  await tx.update(needs).set({ status: to, updatedAt: sql`now()` }).where(eq(needs.id, needId));
  await tx.insert(needEvents).values({ needId, fromStatus: need.status, toStatus: to, actorId, reason });
  if (ENDED_UNHELPED.includes(to)) await endMatchesOf(tx, needId, actorId);
}

/**
 * A need that ends without help takes its matches with it: offers still waiting (or held while their
 * helper is paused) are declined, and a match under way ends, so no helper keeps a place for it and a
 * resumed helper is not handed it back.
 */
async function endMatchesOf(tx: Tx, needId: number, actorId: number | null): Promise<void> {
  const was = (status: "offered" | "accepted") => or(eq(matches.status, status), and(eq(matches.status, "on_hold"), eq(matches.heldFrom, status)));
  const decided = { heldFrom: null, decidedBy: actorId, decidedAt: sql`now()`, updatedAt: sql`now()` };
  await tx.update(matches).set({ status: "declined", ...decided }).where(and(eq(matches.needId, needId), was("offered")));
  await tx.update(matches).set({ status: "ended", ...decided }).where(and(eq(matches.needId, needId), was("accepted")));
}
