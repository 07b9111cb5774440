import { defineEmailTemplate } from "@lgp/email";

/*
 * The emails trust and safety sends, each queued in the transaction that causes it. None carries what
 * a concern says or why a helper was paused: those stay with the council's safeguarding leads.
 */

/** To whoever raised a concern: it has reached the council, under this reference. */
export const concernReceivedEmail = defineEmailTemplate<{ url: string; reference: string }>({
  kind: "concern-received",
  notifyField: "concernReceivedTemplateId",
  title: "concern received",
  word: (sender, { url, reference }) => ({
    subject: `We have your concern (${reference})`,
    lines: [
      `Thank you for telling ${sender.name} about your concern. Its reference is ${reference}.`,
      "A member of the council's safeguarding team will look into it and may contact you. If someone is in immediate danger, call 999.",
    ],
    action: "See your match",
    url,
    personalisation: { reference },
  }),
});

/** To the resident of a match put on hold because its helper was paused. */
export const matchOnHoldEmail = defineEmailTemplate<{ url: string; reference: string; helperName: string }>({
  kind: "match-on-hold",
  notifyField: "matchOnHoldTemplateId",
  title: "match on hold",
  word: (sender, { url, reference, helperName }) => ({
    subject: `Help from ${helperName} is on hold (${reference})`,
    lines: [
      `${sender.name} has put ${helperName}'s help with your request ${reference} on hold while it looks into something.`,
      "Please do not arrange help with them for now. The council will tell you when this changes.",
    ],
    action: "See your match",
    url,
    personalisation: { reference, helper_name: helperName },
  }),
});

/** To the resident of a match taken off hold because its helper was resumed. */
export const matchResumedEmail = defineEmailTemplate<{ url: string; reference: string; helperName: string }>({
  kind: "match-resumed",
  notifyField: "matchResumedTemplateId",
  title: "match back on",
  word: (sender, { url, reference, helperName }) => ({
    subject: `Help from ${helperName} is back on (${reference})`,
    lines: [`${sender.name} has taken ${helperName}'s help with your request ${reference} off hold.`, "You can carry on where you left off."],
    action: "See your match",
    url,
    personalisation: { reference, helper_name: helperName },
  }),
});

/** To the people who act for a helper the council has paused. */
export const helperPausedEmail = defineEmailTemplate<{ url: string; helperName: string; held: number }>({
  kind: "helper-paused",
  notifyField: "helperPausedTemplateId",
  title: "helper paused",
  word: (sender, { url, helperName, held }) => ({
    subject: `${sender.name} has paused ${helperName}`,
    lines: [
      `${sender.name} has paused ${helperName} while it looks into something. Until then you will not be offered requests for help.`,
      held === 0 ? "You had no matches in progress." : `${held === 1 ? "Your 1 match is" : `Your ${held} matches are`} on hold: please do not arrange help for now.`,
      "The council will contact you.",
    ],
    action: "Go to your helping page",
    url,
    personalisation: { helper_name: helperName, held: String(held) },
  }),
});

/** To the people who act for a helper the council has resumed. */
export const helperResumedEmail = defineEmailTemplate<{ url: string; helperName: string }>({
  kind: "helper-resumed",
  notifyField: "helperResumedTemplateId",
  title: "helper resumed",
  word: (sender, { url, helperName }) => ({
    subject: `${helperName} can help again`,
    lines: [`${sender.name} has lifted the pause on ${helperName}.`, "Your matches on hold are back as they were, and you will see requests for help again."],
    action: "Go to your helping page",
    url,
    personalisation: { helper_name: helperName },
  }),
});

export const SAFETY_EMAILS = [concernReceivedEmail, matchOnHoldEmail, matchResumedEmail, helperPausedEmail, helperResumedEmail] as const;
