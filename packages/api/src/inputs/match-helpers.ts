import { declineReason, noticeChoice, signUpTaskInput, vettingRecordInput } from "@lgp/match";
import { z } from "zod";

const helperId = z.number({ error: "Choose a helper from the list" }).int({ error: "Choose a helper from the list" });

export const helperIdInput = z.strictObject({ helperId });

/** Signing up as oneself (no organisation), or for an organisation the caller owns. */
export const startSignUpInput = z.strictObject({
  organisationId: z.number({ error: "Choose who you are signing up" }).int({ error: "Choose who you are signing up" }).optional(),
});

export { signUpTaskInput, vettingRecordInput };

export const declineHelperInput = z.strictObject({ helperId, reason: declineReason });

/** How a helper hears of new needs, changed after sign-up. */
export const helperNoticeInput = z.strictObject({ helperId, notice: noticeChoice });
