import type { Scope, Tx } from "@lgp/db";
import { queueEmail, type Sender } from "@lgp/email";
import { createInvitation, INVITATION_DAYS } from "./invitations";
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

/** Records an invitation and queues the email with its link, in the caller's transaction: both happen or neither. */
export async function invite(tx: Tx, scope: Scope, sender: Sender, given: Invite): Promise<void> {
  const invitation = { ...given, email: normaliseEmail(given.email) };
  const token = await createInvitation(tx, scope, invitation);
  const url = `${invitation.siteUrl}/invitations/accept?token=${encodeURIComponent(token)}`;
  await queueEmail(tx, scope, sender, invitation.email, {
    kind: "invitation",
    url,
    role: ROLE_NAMES[invitation.role],
    invitedBy: invitation.invitedBy,
    expiresInDays: INVITATION_DAYS,
  });
}
