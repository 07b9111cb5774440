import { NotifyClient } from "notifications-node-client";
import { env } from "../env";
import type { Email } from "../message";
import type { EmailSettings } from "../settings";

/** GOV.UK Notify, with the council's own API key and templates; Notify renders the message. */
export async function deliverByNotify(settings: Extract<EmailSettings, { transport: "notify" }>, email: Email) {
  const client = env.LGP_NOTIFY_BASE_URL ? new NotifyClient(env.LGP_NOTIFY_BASE_URL, settings.apiKey) : new NotifyClient(settings.apiKey);
  const templateId = email.kind === "sign-in" ? settings.signInTemplateId : settings.invitationTemplateId;
  await client.sendEmail(templateId, email.to, { personalisation: email.personalisation, emailReplyToId: settings.replyToId });
}
