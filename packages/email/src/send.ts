import type { Scope } from "@lgp/db";
import { compose, type EmailKind, type Sender } from "./message";
import { loadEmailSettings } from "./settings";
import { deliverByNotify } from "./transports/notify";
import { deliverToOutbox } from "./transports/outbox";
import { deliverBySmtp } from "./transports/smtp";

/** Sends one email from the scope (a council or the platform) through whichever transport it has chosen. */
export async function sendEmail(scope: Scope, sender: Sender, to: string, content: EmailKind): Promise<void> {
  const settings = await scope.run((tx) => loadEmailSettings(tx, scope));
  const email = compose(to, sender, content);
  switch (settings.transport) {
    case "outbox":
      return deliverToOutbox(scope, email);
    case "smtp":
      return deliverBySmtp(settings, sender, email);
    case "notify":
      return deliverByNotify(settings, email);
  }
}
