import { NotifyClient } from "notifications-node-client";
import { env } from "../env";
import type { Email } from "../message";
import type { EmailSettings } from "../settings";

/** GOV.UK Notify, with the council's own API key and templates; Notify renders the message. */
export async function deliverByNotify(settings: Extract<EmailSettings, { transport: "notify" }>, email: Email) {
  const client = env.LGP_NOTIFY_BASE_URL ? new NotifyClient(env.LGP_NOTIFY_BASE_URL, settings.apiKey) : new NotifyClient(settings.apiKey);
  // A module switched on after the council chose Notify may send a kind it has no template for yet: the admins see why.
  const templateId = settings[email.notifyField];
  if (!templateId) throw new Error(`No GOV.UK Notify template is set for "${email.kind}" emails. Add its ID on the email settings page.`);
  // No attachments: Notify sends a file only as a link to a document uploaded to it, of a few types
  // (no .ics), and only for templates written for one. An email carrying a file also gives its address
  // on the site in a line and in its personalisation, so a Notify reader still has it.
  await client.sendEmail(templateId, email.to, { personalisation: email.personalisation, emailReplyToId: settings.replyToId });
}
