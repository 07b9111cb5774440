import type { Scope, Tx } from "@lgp/db";
import { and, desc, eq, gt, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { findOrCreatePerson, grantRole, normaliseEmail } from "./people";
import type { Role } from "./roles";
import { hashToken, newToken } from "./tokens";

export const INVITATION_DAYS = 7;

const expiryFrom = (sentAt: Date) => new Date(sentAt.getTime() + INVITATION_DAYS * 86_400_000);

/** Records an invitation and returns the token for its link; only the token's hash is kept. */
export async function createInvitation(
  tx: Tx,
  scope: Scope,
  invitation: { email: string; role: Role; invitedBy: string; organisationId?: number | null },
): Promise<string> {
  const token = newToken();
  const sentAt = new Date();
  await tx.insert(scope.tables.invitations).values({
    email: normaliseEmail(invitation.email),
    role: invitation.role,
    organisationId: invitation.organisationId ?? null,
    invitedBy: invitation.invitedBy,
    tokenHash: hashToken(token),
    sentAt,
    expiresAt: expiryFrom(sentAt),
  });
  return token;
}

export type Acceptance =
  | { ok: true; email: string; role: Role; personId: number }
  | { ok: false; reason: "unknown" | "expired" | "used" | "cancelled" };

/**
 * Accepts an invitation by its link: the link went to the invited address, so following it shows the
 * person controls that address. Grants the role (creating the person if new). A link works once.
 */
export async function acceptInvitation(tx: Tx, scope: Scope, token: string): Promise<Acceptance> {
  const { invitations } = scope.tables;
  const [invitation] = await tx.select().from(invitations).where(eq(invitations.tokenHash, hashToken(token))).for("update");
  if (!invitation) return { ok: false, reason: "unknown" };
  if (invitation.acceptedAt) return { ok: false, reason: "used" };
  if (invitation.cancelledAt) return { ok: false, reason: "cancelled" };
  if (invitation.expiresAt.getTime() <= Date.now()) return { ok: false, reason: "expired" };
  const person = await findOrCreatePerson(tx, scope, invitation.email);
  await grantRole(tx, scope, person.id, invitation.role as Role, invitation.organisationId);
  await tx
    .update(invitations)
    .set({ acceptedAt: new Date() })
    .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt), isNull(invitations.cancelledAt), gt(invitations.expiresAt, new Date())));
  return { ok: true, email: invitation.email, role: invitation.role as Role, personId: person.id };
}

/** An invitation waiting to be accepted, as the people who sent it see it (never its token). */
export interface PendingInvitation {
  id: number;
  email: string;
  role: Role;
  organisationId: number | null;
  invitedBy: string;
  sentAt: Date;
  expiresAt: Date;
}

/**
 * Which of a scope's invitations a caller may see and change: all of them (a council admin), or only
 * those into the organisations they own. Applied inside each query, so an id outside it is not found.
 */
export interface InvitationReach {
  organisationIds?: readonly number[];
}

type Invitations = Scope["tables"]["invitations"];

function within(invitations: Invitations, reach: InvitationReach): SQL | undefined {
  if (!reach.organisationIds) return undefined;
  return reach.organisationIds.length > 0 ? inArray(invitations.organisationId, [...reach.organisationIds]) : sql`false`;
}

const isPending = (invitations: Invitations) => and(isNull(invitations.acceptedAt), isNull(invitations.cancelledAt), gt(invitations.expiresAt, new Date()));

const shown = (row: Invitations["$inferSelect"]): PendingInvitation => ({
  id: row.id,
  email: row.email,
  role: row.role as Role,
  organisationId: row.organisationId,
  invitedBy: row.invitedBy,
  sentAt: row.sentAt,
  expiresAt: row.expiresAt,
});

/** Invitations not yet accepted, cancelled or expired, most recently sent first. */
export async function listPendingInvitations(tx: Tx, scope: Scope, reach: InvitationReach = {}): Promise<PendingInvitation[]> {
  const { invitations } = scope.tables;
  const rows = await tx
    .select()
    .from(invitations)
    .where(and(isPending(invitations), within(invitations, reach)))
    .orderBy(desc(invitations.sentAt), desc(invitations.id));
  return rows.map(shown);
}

/** The invitation still pending for `email` into the same place (the council itself, or one organisation). */
export async function findPendingInvitation(tx: Tx, scope: Scope, email: string, organisationId: number | null): Promise<PendingInvitation | null> {
  const { invitations } = scope.tables;
  const [row] = await tx
    .select()
    .from(invitations)
    .where(and(isPending(invitations), eq(invitations.email, normaliseEmail(email)), organisationId === null ? isNull(invitations.organisationId) : eq(invitations.organisationId, organisationId)))
    .limit(1);
  return row ? shown(row) : null;
}

/** Why an invitation cannot be resent or cancelled. */
export type InvitationRefusal = { ok: false; reason: "unknown" } | { ok: false; reason: "accepted" | "cancelled" | "expired"; email: string };

/** The invitation `id`, locked against a concurrent resend, cancellation or acceptance, if it is still pending. */
async function lockPending(tx: Tx, scope: Scope, id: number, reach: InvitationReach): Promise<{ ok: true } | InvitationRefusal> {
  const { invitations } = scope.tables;
  const [row] = await tx
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, id), within(invitations, reach)))
    .for("update");
  if (!row) return { ok: false, reason: "unknown" };
  if (row.acceptedAt) return { ok: false, reason: "accepted", email: row.email };
  if (row.cancelledAt) return { ok: false, reason: "cancelled", email: row.email };
  if (row.expiresAt.getTime() <= Date.now()) return { ok: false, reason: "expired", email: row.email };
  return { ok: true };
}

/**
 * Gives a pending invitation a new token and a new expiry, and returns the token for its new link. Only
 * the new token's hash is kept, so the link in the earlier email stops working.
 */
export async function renewInvitation(tx: Tx, scope: Scope, id: number, reach: InvitationReach = {}): Promise<{ ok: true; invitation: PendingInvitation; token: string } | InvitationRefusal> {
  const locked = await lockPending(tx, scope, id, reach);
  if (!locked.ok) return locked;
  const { invitations } = scope.tables;
  const token = newToken();
  const sentAt = new Date();
  const [row] = await tx.update(invitations).set({ tokenHash: hashToken(token), sentAt, expiresAt: expiryFrom(sentAt) }).where(eq(invitations.id, id)).returning();
  return { ok: true, invitation: shown(row!), token };
}

/** Cancels a pending invitation: its link stops working, and says it was cancelled. */
export async function cancelInvitation(tx: Tx, scope: Scope, id: number, reach: InvitationReach = {}): Promise<{ ok: true; invitation: PendingInvitation } | InvitationRefusal> {
  const locked = await lockPending(tx, scope, id, reach);
  if (!locked.ok) return locked;
  const { invitations } = scope.tables;
  const [row] = await tx.update(invitations).set({ cancelledAt: new Date() }).where(eq(invitations.id, id)).returning();
  return { ok: true, invitation: shown(row!) };
}
