import type { Scope } from "@lgp/db";
import { desc } from "drizzle-orm";
import { loadEmailSettings } from "./settings";

/** The outbox may be read only while it is the transport in use: never once real email is configured. */
export async function outboxIsReadable(scope: Scope): Promise<boolean> {
  return (await scope.run((tx) => loadEmailSettings(tx, scope))).transport === "outbox";
}

export async function readOutbox(scope: Scope, limit = 50) {
  if (!(await outboxIsReadable(scope))) return null;
  return scope.run((tx) => tx.select().from(scope.tables.outboxMessages).orderBy(desc(scope.tables.outboxMessages.id)).limit(limit));
}
