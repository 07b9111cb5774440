import { InputError, type Tx } from "@lgp/db";
import { proposeHelper, type MatchMail } from "./matches";

/** A pairing staff reviewed and chose to send. */
export interface PairToSend {
  needId: number;
  helperId: number;
}

export interface BatchSent {
  sent: (PairToSend & { matchId: number })[];
  /** Pairs no longer possible when sent (the need was met or withdrawn, the helper paused or full), and why. */
  skipped: (PairToSend & { reason: string })[];
}

/**
 * Sends a reviewed batch: each pair becomes a staff proposal, checked again as it is made, because time
 * passed since the review. A pair that no longer holds is skipped with the reason and rolled back on its
 * own (a savepoint), so the rest still go out.
 */
export async function sendBatch(tx: Tx, mail: MatchMail, given: { pairs: readonly PairToSend[]; actorId: number }): Promise<BatchSent> {
  const result: BatchSent = { sent: [], skipped: [] };
  for (const { needId, helperId } of given.pairs) {
    const pair = { needId, helperId };
    try {
      const match = await tx.transaction((inner) => proposeHelper(inner as Tx, mail, { ...pair, actorId: given.actorId }));
      if (match) result.sent.push({ ...pair, matchId: match.id });
      else result.skipped.push({ ...pair, reason: "The request or the helper could not be found." });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      result.skipped.push({ ...pair, reason: error.message });
    }
  }
  return result;
}
