import type { InvitationRefusal, Invited } from "@lgp/identity";
import { TRPCError } from "@trpc/server";
import { z } from "zod";

/** Resending or cancelling names one invitation by its id, as the list of pending invitations gives it. */
export const invitationId = z.strictObject({ invitationId: z.number().int().positive() });

/** Refuses a second invitation to an address that has one pending, offering the pending one instead. */
export function assertInvited(invited: Invited, email: string): void {
  if (invited.ok) return;
  throw new TRPCError({
    code: "CONFLICT",
    message: `There is already a pending invitation for ${email}. Resend it from the list of pending invitations, or cancel it there and then invite them again.`,
  });
}

/**
 * Why the chosen invitation could not be resent or cancelled, in the person's words. An id outside the
 * caller's reach (another council's, another organisation's) is not found, like one that never existed.
 */
export function refuseInvitation(refusal: InvitationRefusal, tried: "resent" | "cancelled"): never {
  if (refusal.reason === "unknown") {
    throw new TRPCError({ code: "NOT_FOUND", message: "There is no such invitation here. Choose one from the list of pending invitations." });
  }
  const { email } = refusal;
  const messages = {
    accepted: `The invitation to ${email} has already been accepted, so it cannot be ${tried}.`,
    cancelled: tried === "resent" ? `The invitation to ${email} was cancelled, so it cannot be resent. Send them a new invitation instead.` : `The invitation to ${email} is already cancelled.`,
    expired: tried === "resent" ? `The invitation to ${email} has expired, so it cannot be resent. Send them a new invitation instead.` : `The invitation to ${email} has already expired, so there is nothing to cancel.`,
  };
  throw new TRPCError({ code: "CONFLICT", message: messages[refusal.reason] });
}
