import type { Scope, Tx } from "@lgp/db";
import { and, eq, gt, isNull } from "drizzle-orm";
import { findOrCreatePerson, grantRole, normaliseEmail } from "./people";
import type { Role } from "./roles";
import { hashToken, newToken } from "./tokens";

export const INVITATION_DAYS = 7;

/** Records an invitation and returns the token for its link; only the token's hash is kept. */
export async function createInvitation(
  tx: Tx,
  scope: Scope,
  invitation: { email: string; role: Role; invitedBy: string; organisationId?: number | null },
): Promise<string> {
  const token = newToken();
  await tx.insert(scope.tables.invitations).values({
    email: normaliseEmail(invitation.email),
    role: invitation.role,
    organisationId: invitation.organisationId ?? null,
    invitedBy: invitation.invitedBy,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
  });
  return token;
}

export type Acceptance =
  | { ok: true; email: string; role: Role; personId: number }
  | { ok: false; reason: "unknown" | "expired" | "used" };

/**
 * Accepts an invitation by its link: the link went to the invited address, so following it shows the
 * person controls that address. Grants the role (creating the person if new). A link works once.
 */
export async function acceptInvitation(tx: Tx, scope: Scope, token: string): Promise<Acceptance> {
  const { invitations } = scope.tables;
  const [invitation] = await tx.select().from(invitations).where(eq(invitations.tokenHash, hashToken(token))).for("update");
  if (!invitation) return { ok: false, reason: "unknown" };
  if (invitation.acceptedAt) return { ok: false, reason: "used" };
  if (invitation.expiresAt.getTime() <= Date.now()) return { ok: false, reason: "expired" };
  const person = await findOrCreatePerson(tx, scope, invitation.email);
  await grantRole(tx, scope, person.id, invitation.role as Role, invitation.organisationId);
  await tx
    .update(invitations)
    .set({ acceptedAt: new Date() })
    .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())));
  return { ok: true, email: invitation.email, role: invitation.role as Role, personId: person.id };
}
