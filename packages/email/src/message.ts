/** Who the email is from, in the reader's eyes: the council (or the platform), in its colours. */
export interface Sender {
  name: string;
  brandColour: string;
  brandTextColour: string;
}

/** A file an email carries, as text (a booking's .ics): kept as JSON with the message until it is sent. */
export interface Attachment {
  filename: string;
  contentType: string;
  content: string;
}

/** What one email says, before it is dressed in the sender's brand. */
export interface Wording {
  subject: string;
  lines: string[];
  action: string;
  url: string;
  /** Fields a GOV.UK Notify template receives besides `council_name` and `link`. */
  personalisation?: Record<string, string>;
  /** Not sent through GOV.UK Notify, so what one carries must also be reachable from a line or the link. */
  attachments?: Attachment[];
}

/**
 * One kind of email. The platform's own kinds are below; a module declares its kinds with it, and a
 * council sending through GOV.UK Notify is asked for a template ID for each kind it can send.
 */
export interface EmailTemplate<Content = never> {
  kind: string;
  /** The settings field holding its Notify template's ID. */
  notifyField: `${string}TemplateId`;
  /** How an admin asked for that ID reads it: "Enter the <title> template's ID from GOV.UK Notify". */
  title: string;
  word(sender: Sender, content: Content): Wording;
}

export function defineEmailTemplate<Content>(template: EmailTemplate<Content>): EmailTemplate<Content> {
  return template;
}

export const signInEmail = defineEmailTemplate<{ url: string; expiresInMinutes: number }>({
  kind: "sign-in",
  notifyField: "signInTemplateId",
  title: "sign-in",
  word: (sender, { url, expiresInMinutes }) => ({
    subject: `Sign in to ${sender.name}`,
    lines: [`Use this link to sign in to ${sender.name}. It works once, for ${expiresInMinutes} minutes.`, "If you did not ask to sign in, you can ignore this email."],
    action: "Sign in",
    url,
  }),
});

export const invitationEmail = defineEmailTemplate<{ url: string; role: string; invitedBy: string; expiresInDays: number }>({
  kind: "invitation",
  notifyField: "invitationTemplateId",
  title: "invitation",
  word: (sender, { url, role, invitedBy, expiresInDays }) => ({
    subject: `You have been invited to ${sender.name}`,
    lines: [`${invitedBy} has invited you to join ${sender.name} as ${role}.`, `Accept the invitation within ${expiresInDays} days using this link.`],
    action: "Accept the invitation",
    url,
    personalisation: { role, invited_by: invitedBy },
  }),
});

/** The kinds every council and the platform send, whatever modules are switched on. */
export const CORE_EMAIL_TEMPLATES: readonly EmailTemplate<never>[] = [signInEmail, invitationEmail] as EmailTemplate<never>[];

export interface Email {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** For GOV.UK Notify, which renders its own templates from these fields. */
  personalisation: Record<string, string>;
  kind: string;
  notifyField: EmailTemplate["notifyField"];
  /** Absent from emails queued before attachments were carried, and from those with none. */
  attachments?: Attachment[];
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Composes an email in plain English, with an HTML version in the sender's brand. */
export function compose<Content>(to: string, sender: Sender, template: EmailTemplate<Content>, content: Content): Email {
  const { subject, lines, action, url, personalisation, attachments } = template.word(sender, content);
  const text = `${lines.join("\n\n")}\n\n${action}: ${url}\n\n${sender.name}\n`;
  const html =
    `<!doctype html><html lang="en"><body style="margin:0;font-family:Arial,sans-serif;color:#0b0c0c">` +
    `<div style="background:${sender.brandColour};color:${sender.brandTextColour};padding:16px;font-size:20px;font-weight:bold">${escape(sender.name)}</div>` +
    `<div style="padding:16px;font-size:19px;line-height:1.4">${lines.map((l) => `<p>${escape(l)}</p>`).join("")}` +
    `<p><a href="${escape(url)}" style="color:${sender.brandColour}">${escape(action)}</a></p></div></body></html>`;
  return {
    to,
    subject,
    text,
    html,
    personalisation: { council_name: sender.name, link: url, ...personalisation },
    kind: template.kind,
    notifyField: template.notifyField,
    attachments,
  };
}
