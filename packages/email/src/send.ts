import type { Scope, Tx } from "@lgp/db";
import { compose, type EmailKind, type Sender } from "./message";
import { loadEmailSettings } from "./settings";
import { deliverByNotify } from "./transports/notify";
import { deliverToOutbox } from "./transports/outbox";
import { deliverBySmtp } from "./transports/smtp";

/**
 * Sends one email from the scope (a council or the platform) through whichever transport it has chosen,
 * inside the caller's transaction: with the outbox, the message commits or rolls back with the change
 * that sent it.
 */
export async function sendEmail(tx: Tx, scope: Scope, sender: Sender, to: string, content: EmailKind): Promise<void> {
  const settings = await loadEmailSettings(tx, scope);
  const email = compose(to, sender, content);
  switch (settings.transport) {
    case "outbox":
      return deliverToOutbox(tx, scope, email);
    case "smtp":
      return deliverBySmtp(settings, sender, email);
    case "notify":
      return deliverByNotify(settings, email);
  }
}
