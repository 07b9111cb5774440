import type { Scope, Tx } from "@lgp/db";
import { defineJob, enqueueJob } from "@lgp/jobs";
import { eq, sql } from "drizzle-orm";
import { compose, type Email, type EmailTemplate, type Sender } from "./message";
import { loadEmailSettings, type EmailSettings } from "./settings";
import { deliverByNotify } from "./transports/notify";
import { deliverToOutbox } from "./transports/outbox";
import { deliverBySmtp } from "./transports/smtp";

/** What is kept of an email until it is sent: the composed message, and who it is from. */
type Stored = Email & { senderName: string };

/**
 * Queues one email from the scope (a council or the platform) in the caller's transaction: the message
 * is kept in the scope's own `emails` table and a job carrying only its id is enqueued with it, so a
 * change that rolls back sends nothing, and no email server is waited on while the transaction is open.
 */
export async function queueEmail<Content>(tx: Tx, scope: Scope, sender: Sender, to: string, template: EmailTemplate<Content>, content: Content): Promise<void> {
  const message: Stored = { ...compose(to, sender, template, content), senderName: sender.name };
  const [row] = await tx.insert(scope.tables.emails).values({ kind: template.kind, recipient: to, message }).returning({ id: scope.tables.emails.id });
  await enqueueJob(tx, scope, sendEmailJob, { emailId: row!.id });
}

/**
 * Sends a queued email through whichever transport the scope has chosen, outside any transaction, then
 * marks it sent. A failure is recorded against the email (for the admins' email page) and retried with
 * backoff; after the last attempt the email is marked failed. An email already sent is not sent again.
 */
export const sendEmailJob = defineJob<{ emailId: number }>({
  name: "email.send",
  retryLimit: 5,
  retryDelaySeconds: 30,
  async run({ scope, ids, lastAttempt }) {
    const { emails } = scope.tables;
    const pending = await scope.run(async (tx) => {
      const [row] = await tx.select().from(emails).where(eq(emails.id, ids.emailId));
      return row?.status === "queued" ? { email: row.message as Stored, settings: await loadEmailSettings(tx, scope) } : null;
    });
    if (!pending) return;
    const sent = (tx: Tx) => tx.update(emails).set({ status: "sent", sentAt: new Date(), lastError: null }).where(eq(emails.id, ids.emailId));
    try {
      if (pending.settings.transport === "outbox") {
        await scope.run(async (tx) => {
          await deliverToOutbox(tx, scope, pending.email);
          await sent(tx);
        });
        return;
      }
      await deliver(pending.settings, pending.email);
      await scope.run(sent);
    } catch (error) {
      const lastError = error instanceof Error ? error.message : String(error);
      await scope.run((tx) =>
        tx
          .update(emails)
          .set({ attempts: sql`${emails.attempts} + 1`, lastError, status: lastAttempt ? "failed" : "queued" })
          .where(eq(emails.id, ids.emailId)),
      );
      throw error;
    }
  },
});

function deliver(settings: Exclude<EmailSettings, { transport: "outbox" }>, email: Stored): Promise<void> {
  return settings.transport === "smtp" ? deliverBySmtp(settings, email.senderName, email) : deliverByNotify(settings, email);
}
