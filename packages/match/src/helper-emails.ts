import { councilSchema, type Tx } from "@lgp/db";
import { defineEmailTemplate } from "@lgp/email";
import { asc, eq, inArray } from "drizzle-orm";

const { people, roleGrants } = councilSchema;

/** The council's people told when a helper's check lapses: its safeguarding leads and admins. */
export async function safeguardingPeople(tx: Tx): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ email: people.email })
    .from(people)
    .innerJoin(roleGrants, eq(roleGrants.personId, people.id))
    .where(inArray(roleGrants.role, ["safeguarding_lead", "council_admin"]))
    .orderBy(asc(people.email));
  return rows.map((r) => r.email);
}

export const helperApprovedEmail = defineEmailTemplate<{ url: string; helperName: string }>({
  kind: "helper-approved",
  notifyField: "helperApprovedTemplateId",
  title: "helper approved",
  word: (sender, { url, helperName }) => ({
    subject: `${sender.name} has approved ${helperName} to help`,
    lines: [`${sender.name} has approved ${helperName} to help residents.`, "You can now offer help and see the needs you could meet."],
    action: "Go to your helping page",
    url,
    personalisation: { helper_name: helperName },
  }),
});

export const helperDeclinedEmail = defineEmailTemplate<{ url: string; helperName: string; reason: string }>({
  kind: "helper-declined",
  notifyField: "helperDeclinedTemplateId",
  title: "helper declined",
  word: (sender, { url, helperName, reason }) => ({
    subject: `${sender.name} could not approve ${helperName} to help`,
    lines: [`${sender.name} could not approve ${helperName} to help residents.`, `The reason they gave: ${reason}`, "You can change your answers and send them again."],
    action: "Go to your sign-up",
    url,
    personalisation: { helper_name: helperName, reason },
  }),
});

export const vettingReminderEmail = defineEmailTemplate<{ url: string; helperName: string; check: string; recheckOn: string; days: number }>({
  kind: "vetting-reminder",
  notifyField: "vettingReminderTemplateId",
  title: "check due for renewal",
  word: (sender, { url, helperName, check, recheckOn, days }) => ({
    subject: `${helperName}'s ${check} needs renewing within ${days} days`,
    lines: [
      `${helperName}'s ${check} needs to be checked again by ${recheckOn}.`,
      `After that date ${sender.name} cannot match ${helperName} in the kinds of help that need it. Contact the council to arrange the new check.`,
    ],
    action: "Go to your helping page",
    url,
    personalisation: { helper_name: helperName, check, recheck_on: recheckOn, days: String(days) },
  }),
});

export const vettingLapsedEmail = defineEmailTemplate<{ url: string; helperName: string; check: string; recheckOn: string; categories: string }>({
  kind: "vetting-lapsed",
  notifyField: "vettingLapsedTemplateId",
  title: "check lapsed",
  word: (sender, { url, helperName, check, recheckOn, categories }) => ({
    subject: `${helperName}'s ${check} has lapsed`,
    lines: [
      `${helperName}'s ${check} was due to be checked again by ${recheckOn}, and has lapsed.`,
      categories ? `Until a new check is recorded, ${sender.name} will not match ${helperName} in: ${categories}.` : `${helperName} helps in no kind of help that needs this check.`,
    ],
    action: "See the helper",
    url,
    personalisation: { helper_name: helperName, check, recheck_on: recheckOn, categories },
  }),
});

/** The helper module's emails, for the module's declaration. */
export const HELPER_EMAILS = [helperApprovedEmail, helperDeclinedEmail, vettingReminderEmail, vettingLapsedEmail] as const;
