import type { Scope, Tx } from "@lgp/db";
import { invitationEmail, queueEmail, type Sender } from "@lgp/email";
import { sql } from "drizzle-orm";
import { createInvitation, findPendingInvitation, INVITATION_DAYS, renewInvitation, type InvitationReach, type InvitationRefusal, type PendingInvitation } from "./invitations";
import { normaliseEmail } from "./people";
import { ROLE_NAMES, type Role } from "./roles";

export interface Invite {
  email: string;
  role: Role;
  invitedBy: string;
  /** The origin of the site the invitation is for, e.g. `https://www.kingston.gov.uk`. */
  siteUrl: string;
  organisationId?: number | null;
}

/** Invited, or not because an invitation for the address into the same place is still pending. */
export type Invited = { ok: true } | { ok: false; reason: "pending" };

/**
 * Records an invitation and queues the email with its link, in the caller's transaction: both happen or
 * neither. While the address has an invitation pending into the same place (the council, or the same
 * organisation), no second one is made: the caller offers resending the pending one instead.
 */
export async function invite(tx: Tx, scope: Scope, sender: Sender, given: Invite): Promise<Invited> {
  const invitation = { ...given, email: normaliseEmail(given.email) };
  // Two invitations to one address sent at once would each find none pending; the second waits here and sees the first.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${scope.name}:invitation:${invitation.email}`}))`);
  if (await findPendingInvitation(tx, scope, invitation.email, invitation.organisationId ?? null)) return { ok: false, reason: "pending" };
  const token = await createInvitation(tx, scope, invitation);
  await queueInvitationEmail(tx, scope, sender, invitation.siteUrl, invitation, token);
  return { ok: true };
}

/**
 * Sends a pending invitation again with a new link, in the caller's transaction; the earlier link stops
 * working. The email is queued, so no email server is waited on while the transaction is open.
 */
export async function resendInvitation(
  tx: Tx,
  scope: Scope,
  sender: Sender,
  given: { id: number; siteUrl: string; reach?: InvitationReach },
): Promise<{ ok: true; invitation: PendingInvitation } | InvitationRefusal> {
  const renewed = await renewInvitation(tx, scope, given.id, given.reach);
  if (!renewed.ok) return renewed;
  await queueInvitationEmail(tx, scope, sender, given.siteUrl, renewed.invitation, renewed.token);
  return { ok: true, invitation: renewed.invitation };
}

function queueInvitationEmail(tx: Tx, scope: Scope, sender: Sender, siteUrl: string, invitation: { email: string; role: Role; invitedBy: string }, token: string) {
  return queueEmail(tx, scope, sender, invitation.email, invitationEmail, {
    url: `${siteUrl}/invitations/accept?token=${encodeURIComponent(token)}`,
    role: ROLE_NAMES[invitation.role],
    invitedBy: invitation.invitedBy,
    expiresInDays: INVITATION_DAYS,
  });
}
