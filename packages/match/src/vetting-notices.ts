import { activeCouncilsWith, councilAddress, councilSender } from "@lgp/councils";
import { councilSchema, councilScope, type Scope, type Tx } from "@lgp/db";
import { queueEmail, type Sender } from "@lgp/email";
import { defineJob } from "@lgp/jobs";
import { formatDate, Temporal, todayInLondon } from "@lgp/time";
import { and, eq, isNull, lte, sql } from "drizzle-orm";
import { safeguardingPeople, vettingLapsedEmail, vettingReminderEmail } from "./helper-emails";
import { helperCategoryList, listInWords } from "./helpers";
import { CHECK_NAMES, checkCovers, type VettingCheck } from "./vetting-levels";
import { helperContacts } from "./match-people";

const { helpers, vettingRecords } = councilSchema;

/** Days before a check's recheck date on which its helper is reminded, furthest first; each is sent once. */
export const REMINDER_DAYS = [60, 30, 7] as const;

/** A check's name mid-sentence: "enhanced DBS check", "ID check". */
export function checkInSentence(check: VettingCheck): string {
  return CHECK_NAMES[check].replace(/^(No|Basic|Standard|Enhanced)\b/, (word) => word.toLowerCase());
}

/**
 * Sends what is due on `today` (a Europe/London date) for the council's approved helpers' checks: a
 * reminder at 60, 30 and 7 days before a recheck date (only the nearest one reached, so a late run sends
 * one, not three), and once the date has passed a notice to the helper and to the council's safeguarding
 * leads and admins. A check renewed by a later one of the same strength or stronger is left alone. The
 * pause itself needs nothing here: `vettedFor` stops matching on a lapsed check by itself.
 */
export async function sendVettingNotices(tx: Tx, scope: Scope, sender: Sender, { today, siteUrl }: { today: string; siteUrl: string }): Promise<{ reminders: number; lapses: number }> {
  const horizon = Temporal.PlainDate.from(today).add({ days: REMINDER_DAYS[0] }).toString();
  const due = await tx
    .select({ record: vettingRecords, helper: helpers })
    .from(vettingRecords)
    .innerJoin(helpers, eq(helpers.id, vettingRecords.helperId))
    .where(and(eq(helpers.status, "approved"), isNull(vettingRecords.lapseNoticedAt), lte(vettingRecords.recheckOn, horizon)))
    .orderBy(vettingRecords.id)
    .for("update", { of: vettingRecords });
  const sent = { reminders: 0, lapses: 0 };
  for (const { record, helper } of due) {
    if (await renewed(tx, record)) continue;
    const daysLeft = Temporal.PlainDate.from(today).until(record.recheckOn, { largestUnit: "days" }).days;
    const content = { helperName: helper.publicName, check: checkInSentence(record.check), recheckOn: formatDate(Temporal.PlainDate.from(record.recheckOn)) };
    if (daysLeft < 0) {
      const categories = (await helperCategoryList(tx, helper.id)).filter((c) => checkCovers(record.check, c.requiredCheck) && c.requiredCheck !== "none").map((c) => c.name);
      const lapsed = { ...content, categories: listInWords(categories) };
      for (const { email: to } of await helperContacts(tx, helper.id)) await queueEmail(tx, scope, sender, to, vettingLapsedEmail, { ...lapsed, url: `${siteUrl}/helping` });
      for (const to of await safeguardingPeople(tx)) await queueEmail(tx, scope, sender, to, vettingLapsedEmail, { ...lapsed, url: `${siteUrl}/staff/helpers/${helper.id}` });
      await tx.update(vettingRecords).set({ lapseNoticedAt: sql`now()` }).where(eq(vettingRecords.id, record.id));
      sent.lapses++;
      continue;
    }
    const stage = Math.min(...REMINDER_DAYS.filter((d) => daysLeft <= d));
    if (record.remindedDays !== null && record.remindedDays <= stage) continue;
    for (const { email: to } of await helperContacts(tx, helper.id)) await queueEmail(tx, scope, sender, to, vettingReminderEmail, { ...content, days: daysLeft, url: `${siteUrl}/helping` });
    await tx.update(vettingRecords).set({ remindedDays: stage }).where(eq(vettingRecords.id, record.id));
    sent.reminders++;
  }
  return sent;
}

/** Whether the helper holds a later check at least as strong, which takes this one's place. */
async function renewed(tx: Tx, record: typeof vettingRecords.$inferSelect): Promise<boolean> {
  const later = await tx
    .select({ check: vettingRecords.check })
    .from(vettingRecords)
    .where(and(eq(vettingRecords.helperId, record.helperId), sql`${vettingRecords.recheckOn} > ${record.recheckOn}`));
  return later.some((r) => checkCovers(r.check, record.check));
}

/** Every morning, each council with match switched on in turn, in its own scope: reminders and lapse notices. */
export const vettingNoticesJob = defineJob<Record<string, never>>({
  name: "match.vetting-notices",
  schedule: "30 6 * * *",
  async run({ database }) {
    const today = todayInLondon().toString();
    for (const council of await activeCouncilsWith(database, "match")) {
      const scope = councilScope(database, council.slug);
      await scope.run(async (tx) => sendVettingNotices(tx, scope, await councilSender(tx, council), { today, siteUrl: councilAddress(council) }));
    }
  },
});
