import type { Scope, Tx } from "@lgp/db";
import type { Email } from "../message";

/** Keeps the email in the scope's own outbox table, to be read on the outbox page and by tests. */
export async function deliverToOutbox(tx: Tx, scope: Scope, email: Email): Promise<void> {
  await tx.insert(scope.tables.outboxMessages).values({ recipient: email.to, subject: email.subject, textBody: email.text, htmlBody: email.html, attachments: email.attachments ?? null });
}
