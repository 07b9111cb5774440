import type { Scope, Tx } from "@lgp/db";
import { and, desc, eq, gt, or } from "drizzle-orm";

export interface Undelivered {
  id: number;
  recipient: string;
  kind: string;
  /** Still being retried, or given up on. */
  status: "retrying" | "failed";
  attempts: number;
  lastError: string | null;
  createdAt: Date;
}

/** Email that has failed at least once and is not yet sent, newest first: what an admin needs to act on. */
export async function listUndelivered(tx: Tx, scope: Scope, limit = 20): Promise<Undelivered[]> {
  const { emails } = scope.tables;
  const rows = await tx
    .select()
    .from(emails)
    .where(or(eq(emails.status, "failed"), and(eq(emails.status, "queued"), gt(emails.attempts, 0))))
    .orderBy(desc(emails.createdAt), desc(emails.id))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    recipient: r.recipient,
    kind: r.kind,
    status: r.status === "failed" ? "failed" : "retrying",
    attempts: r.attempts,
    lastError: r.lastError,
    createdAt: r.createdAt,
  }));
}
