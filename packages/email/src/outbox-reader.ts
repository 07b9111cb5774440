import type { Scope } from "@lgp/db";
import { desc, eq } from "drizzle-orm";
import type { Attachment } from "./message";
import { loadEmailSettings } from "./settings";

/** The outbox may be read only while it is the transport in use: never once real email is configured. */
export async function outboxIsReadable(scope: Scope): Promise<boolean> {
  return (await scope.run((tx) => loadEmailSettings(tx, scope))).transport === "outbox";
}

export async function readOutbox(scope: Scope, limit = 50) {
  if (!(await outboxIsReadable(scope))) return null;
  return scope.run((tx) => tx.select().from(scope.tables.outboxMessages).orderBy(desc(scope.tables.outboxMessages.id)).limit(limit));
}

/** One file an outbox message carried, by its place in the message's list; null when there is none or the outbox may not be read. */
export async function readOutboxAttachment(scope: Scope, messageId: number, index: number): Promise<Attachment | null> {
  if (!(await outboxIsReadable(scope))) return null;
  const { outboxMessages } = scope.tables;
  const [message] = await scope.run((tx) => tx.select({ attachments: outboxMessages.attachments }).from(outboxMessages).where(eq(outboxMessages.id, messageId)));
  return message?.attachments?.[index] ?? null;
}
