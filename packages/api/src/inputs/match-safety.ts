import { z } from "zod";

const matchId = z.number({ error: "Choose a match from your list" }).int({ error: "Choose a match from your list" });
const helperId = z.number({ error: "Choose a helper" }).int({ error: "Choose a helper" });

/** A case reference as it appears in links and the queue (SG-7K3M-Q9PX). */
const reference = z.string({ error: "Enter the case reference" }).trim().min(1, "Enter the case reference").max(20, "Enter the case reference, like SG-7K3M-Q9PX");

const words = (enter: string, max: number) =>
  z
    .string({ error: enter })
    .trim()
    .min(1, { error: enter, abort: true })
    .max(max, `Keep it to ${max.toLocaleString("en-GB")} characters or fewer`);

export const raiseConcernInput = z.strictObject({ matchId, details: words("Enter what worries you", 5000) });

export const concernQueueInput = z.strictObject({ status: z.enum(["open", "closed"], { error: "Choose open or closed concerns" }).default("open") });

export const concernReferenceInput = z.strictObject({ reference });

export const concernNoteInput = z.strictObject({ reference, note: words("Enter a note", 5000) });

export const closeConcernInput = z.strictObject({ reference, outcome: words("Enter the outcome", 5000) });

/** Pausing is done from a case, whose reference goes in the audit log beside the pause. */
export const pauseHelperInput = z.strictObject({ reference, helperId, reason: words("Enter why you are pausing this helper", 2000) });

export const resumeHelperInput = z.strictObject({ reference, helperId });

export const matchSafetyInput = z.strictObject({ matchId });

export const rateHelpInput = z.strictObject({
  matchId,
  stars: z.number({ error: "Choose how many stars" }).int({ error: "Choose how many stars" }).min(1, "Choose how many stars").max(5, "Choose how many stars"),
  comment: z.string().trim().max(2000, "Keep your comment to 2,000 characters or fewer").default(""),
});
