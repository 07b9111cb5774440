import type { Scope, Tx } from "@lgp/db";
import { and, desc, eq, gte, ilike, lte, type SQL } from "drizzle-orm";

export interface AuditEvent {
  /** Who: an email address, or `system`. */
  actor: string;
  /** What, as `noun.verb`: `staff.invited`, `branding.updated`, `resident.viewed`. */
  action: string;
  subject?: string;
  detail?: Record<string, unknown>;
  /** From where. */
  ip?: string | null;
  userAgent?: string | null;
}

/** Appends to the scope's audit log, in the caller's transaction: no change without its record. */
export async function recordAudit(tx: Tx, scope: Scope, event: AuditEvent): Promise<void> {
  await tx.insert(scope.tables.auditEvents).values({
    actor: event.actor,
    action: event.action,
    subject: event.subject ?? null,
    detail: event.detail ?? {},
    ip: event.ip ?? null,
    userAgent: event.userAgent ?? null,
  });
}

export interface AuditFilter {
  actor?: string;
  action?: string;
  from?: Date;
  to?: Date;
}

export async function listAudit(tx: Tx, scope: Scope, filter: AuditFilter, limit = 50, offset = 0) {
  const { auditEvents: a } = scope.tables;
  const where: SQL[] = [];
  if (filter.actor) where.push(ilike(a.actor, `%${filter.actor.replace(/[%_\\]/g, "\\$&")}%`));
  if (filter.action) where.push(eq(a.action, filter.action));
  if (filter.from) where.push(gte(a.at, filter.from));
  if (filter.to) where.push(lte(a.at, filter.to));
  return tx
    .select()
    .from(a)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(a.at), desc(a.id))
    .limit(limit)
    .offset(offset);
}
