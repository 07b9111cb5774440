import { z } from "zod";

const id = (what: string) => z.number({ error: `Choose a ${what} from the list` }).int({ error: `Choose a ${what} from the list` });

/** A helper the caller acts for offering to help with a need; or staff putting a helper forward. */
export const offerToHelpInput = z.strictObject({ needId: id("request"), helperId: id("helper") });
export const proposeHelperInput = offerToHelpInput;

/** Accepting, withdrawing, starting or finishing: the match is all there is to say. */
export const matchIdInput = z.strictObject({ matchId: id("match") });

export const declineOfferInput = z.strictObject({
  matchId: id("match"),
  reason: z.string().trim().max(500, { error: "Give a reason of 500 characters or fewer" }).default(""),
});

/** The offers on one of the resident's requests, by its reference. */
export const offersOfHelpInput = z.strictObject({ reference: z.string({ error: "Enter the request's reference" }).trim().min(1, { error: "Enter the request's reference" }).max(40) });

/** The pairings staff reviewed and chose to send. */
export const sendBatchInput = z.strictObject({
  pairs: z
    .array(z.strictObject({ needId: id("request"), helperId: id("helper") }), { error: "Choose the pairings to send" })
    .min(1, { error: "There are no pairings to send" })
    .max(1000, { error: "Send at most 1,000 pairings at once" }),
});
