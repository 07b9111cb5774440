/** Who the email is from, in the reader's eyes: the council (or the platform), in its colours. */
export interface Sender {
  name: string;
  brandColour: string;
  brandTextColour: string;
}

export type EmailKind =
  | { kind: "sign-in"; url: string; expiresInMinutes: number }
  | { kind: "invitation"; url: string; role: string; invitedBy: string; expiresInDays: number };

export interface Email {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** For GOV.UK Notify, which renders its own templates from these fields. */
  personalisation: Record<string, string>;
  kind: EmailKind["kind"];
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Composes an email in plain English, with an HTML version in the sender's brand. */
export function compose(to: string, sender: Sender, content: EmailKind): Email {
  const { subject, lines, action } =
    content.kind === "sign-in"
      ? {
          subject: `Sign in to ${sender.name}`,
          lines: [`Use this link to sign in to ${sender.name}. It works once, for ${content.expiresInMinutes} minutes.`, "If you did not ask to sign in, you can ignore this email."],
          action: "Sign in",
        }
      : {
          subject: `You have been invited to ${sender.name}`,
          lines: [
            `${content.invitedBy} has invited you to join ${sender.name} as ${content.role}.`,
            `Accept the invitation within ${content.expiresInDays} days using this link.`,
          ],
          action: "Accept the invitation",
        };
  const text = `${lines.join("\n\n")}\n\n${action}: ${content.url}\n\n${sender.name}\n`;
  const html =
    `<!doctype html><html lang="en"><body style="margin:0;font-family:Arial,sans-serif;color:#0b0c0c">` +
    `<div style="background:${sender.brandColour};color:${sender.brandTextColour};padding:16px;font-size:20px;font-weight:bold">${escape(sender.name)}</div>` +
    `<div style="padding:16px;font-size:19px;line-height:1.4">${lines.map((l) => `<p>${escape(l)}</p>`).join("")}` +
    `<p><a href="${escape(content.url)}" style="color:${sender.brandColour}">${escape(action)}</a></p></div></body></html>`;
  const personalisation: Record<string, string> = { council_name: sender.name, link: content.url };
  if (content.kind === "invitation") Object.assign(personalisation, { role: content.role, invited_by: content.invitedBy });
  return { to, subject, text, html, personalisation, kind: content.kind };
}
