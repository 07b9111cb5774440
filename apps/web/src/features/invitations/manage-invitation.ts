import "server-only";
import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import type { FormState } from "~/features/forms/action-form";
import { formErrors } from "~/server/form-errors";
import { noteRefusedForm } from "~/server/refused-form";

/** The list of pending invitations, where its error summary links: the buttons at fault are in it. */
export const PENDING_INVITATIONS = "pending-invitations";

type Change = (input: { invitationId: number }) => Promise<{ email: string }>;

/**
 * The action behind a list of pending invitations: its Resend and Cancel buttons post the list's form
 * with their invitation's id as `resend` or `cancel`. What was done, or why it could not be (accepted or
 * cancelled meanwhile, or no longer there), comes back above the list.
 */
export async function manageInvitation(form: FormData, path: string, change: { resend: Change; cancel: Change }): Promise<FormState> {
  const resend = form.get("resend");
  const [done, id] = resend === null ? (["cancelled", form.get("cancel")] as const) : (["resent", resend] as const);
  let email: string;
  try {
    ({ email } = await (done === "resent" ? change.resend : change.cancel)({ invitationId: Number(id) }));
  } catch (error) {
    // Someone else may have dealt with it since the list was drawn: that is an answer, not a fault.
    const gone = error instanceof TRPCError && error.code === "NOT_FOUND";
    const errors = gone ? [{ field: PENDING_INVITATIONS, message: error.message }] : formErrors(error, PENDING_INVITATIONS).map((e) => ({ ...e, field: PENDING_INVITATIONS }));
    await noteRefusedForm();
    return { values: {}, errors };
  }
  revalidatePath(path);
  return { values: {}, errors: [], saved: { title: (await getTranslations("common"))("success"), message: (await getTranslations("pendingInvitations"))(done, { email }) } };
}
