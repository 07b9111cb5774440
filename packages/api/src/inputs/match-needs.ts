import { councilSchema } from "@lgp/db";
import { needAnswerInput, needForResidentInput, normaliseNeedReference } from "@lgp/match";
import { z } from "zod";

/** A need's reference as a person may type it; any other text is no need at all. */
const reference = z
  .string({ error: "Enter a reference, like HN-7K3M-Q9PX" })
  .transform((typed, ctx) => {
    const found = normaliseNeedReference(typed);
    if (!found) ctx.addIssue({ code: "custom", message: "Enter a reference, like HN-7K3M-Q9PX" });
    return found ?? typed;
  });

const reason = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing })
    .max(500, { error: "The reason must be 500 characters or fewer" });

export { needAnswerInput, needForResidentInput };

export const needReferenceInput = z.strictObject({ reference });

export const withdrawNeedInput = z.strictObject({ reference, reason: reason("Enter why you no longer need help") });

export const closeNeedInput = z.strictObject({ reference, reason: reason("Enter why you are closing this request") });

/** The staff list's filters, from a GET form: each may be left out (all). */
export const staffNeedsInput = z.strictObject({
  status: z.enum(councilSchema.needStatus, { error: "Choose a status from the list" }).optional(),
  category: z.string().trim().max(100).optional(),
});
