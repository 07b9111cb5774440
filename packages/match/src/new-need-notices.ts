import { activeCouncilsWith, councilMailOf } from "@lgp/councils";
import { councilSchema, councilScope, readSetting, writeSetting, type Scope, type Tx } from "@lgp/db";
import { queueEmail } from "@lgp/email";
import { defineJob, enqueueJob } from "@lgp/jobs";
import { Temporal, todayInLondon } from "@lgp/time";
import { and, eq, gt, inArray, isNull, lte } from "drizzle-orm";
import { newNeedEmail, newNeedsDigestEmail } from "./match-emails";
import { helperContacts } from "./match-people";
import type { MatchMail } from "./matches";
import { needsForHelper, suggestHelpers, type FeedItem } from "./ranking";

const { helpers, needs, settings } = councilSchema;

/** Every eligible helper is told of a new need: suggestions' usual short list is for staff to read. */
const EVERY_HELPER = 100_000;
const DIGEST_KEY = "match-digest";

const feedUrl = (mail: MatchMail) => `${mail.siteUrl}/helping/needs`;
const whereAbout = (item: Pick<FeedItem, "wardName" | "district">) => item.wardName ?? item.district;

/**
 * Emails each eligible helper who hears of needs at once about the need `needId`, if it still wants help.
 * Who is eligible is decided by the same gates as the feed, so no one hears of a need they cannot take.
 */
export async function sendNewNeedNotices(tx: Tx, mail: MatchMail, needId: number, today?: string): Promise<number> {
  const [need] = await tx.select({ status: needs.status }).from(needs).where(eq(needs.id, needId));
  if (!need || (need.status !== "open" && need.status !== "offered")) return 0;
  const eligible = (await suggestHelpers(tx, needId, { today, limit: EVERY_HELPER })).map((s) => s.helperId);
  if (eligible.length === 0) return 0;
  const atOnce = await tx
    .select({ id: helpers.id })
    .from(helpers)
    .where(and(inArray(helpers.id, eligible), eq(helpers.notice, "immediately")));
  let sent = 0;
  for (const helper of atOnce) {
    const item = (await needsForHelper(tx, helper.id, { today })).find((i) => i.needId === needId);
    if (!item) continue;
    for (const person of await helperContacts(tx, helper.id)) {
      await queueEmail(tx, mail.scope, mail.sender, person.email, newNeedEmail, { url: feedUrl(mail), categoryName: item.categoryName, area: whereAbout(item) });
    }
    sent++;
  }
  return sent;
}

/**
 * Emails each helper who chose a daily digest the needs opened since the last digest that they could
 * meet, one email each; a helper with none gets nothing. Returns how many helpers were emailed.
 */
export async function sendNeedsDigest(tx: Tx, mail: MatchMail, now: Temporal.Instant = Temporal.Now.instant()): Promise<number> {
  const stored = (await readSetting(tx, settings, DIGEST_KEY))?.lastSentAt;
  const since = typeof stored === "string" ? new Date(stored) : new Date(now.subtract({ hours: 24 }).epochMilliseconds);
  const until = new Date(now.epochMilliseconds);
  const fresh = new Set(
    (
      await tx
        .select({ id: needs.id })
        .from(needs)
        .where(and(gt(needs.createdAt, since), lte(needs.createdAt, until)))
    ).map((n) => n.id),
  );
  let emailed = 0;
  if (fresh.size > 0) {
    const today = todayInLondon(now).toString();
    const daily = await tx
      .select({ id: helpers.id })
      .from(helpers)
      .where(and(eq(helpers.notice, "daily"), eq(helpers.status, "approved"), isNull(helpers.pausedAt)));
    for (const helper of daily) {
      const items = (await needsForHelper(tx, helper.id, { today })).filter((i) => fresh.has(i.needId));
      if (items.length === 0) continue;
      const lines = items.map((i) => `${i.categoryName} in ${whereAbout(i)}${i.distanceKm === null ? "" : `, about ${i.distanceKm} km away`}`);
      for (const person of await helperContacts(tx, helper.id)) await queueEmail(tx, mail.scope, mail.sender, person.email, newNeedsDigestEmail, { url: feedUrl(mail), needs: lines });
      emailed++;
    }
  }
  await writeSetting(tx, settings, DIGEST_KEY, { lastSentAt: until.toISOString() });
  return emailed;
}

/** Tells the helpers who hear at once of one new need; enqueued with the need, so only a need that exists is told. */
export const newNeedNoticeJob = defineJob<{ needId: number }>({
  name: "match.new-need-notice",
  async run({ database, scope, ids }) {
    const mailIn = await councilMailOf(database, scope);
    if (mailIn) await scope.run(async (tx) => sendNewNeedNotices(tx, await mailIn(tx), ids.needId));
  },
});

/** Queues the at-once notices of a new need, in the transaction that creates it. */
export function queueNewNeedNotices(tx: Tx, scope: Scope, needId: number): Promise<void> {
  return enqueueJob(tx, scope, newNeedNoticeJob, { needId });
}

/** One council's daily digest, in its own scope. */
export const councilNeedsDigestJob = defineJob<Record<string, never>>({
  name: "match.council-needs-digest",
  async run({ database, scope }) {
    const mailIn = await councilMailOf(database, scope);
    if (mailIn) await scope.run(async (tx) => sendNeedsDigest(tx, await mailIn(tx)));
  },
});

/** Every morning at 8, queues the digest for each active council with the match module on. */
export const needsDigestJob = defineJob<Record<string, never>>({
  name: "match.needs-digest",
  schedule: "0 8 * * *",
  async run({ database }) {
    for (const council of await activeCouncilsWith(database, "match")) {
      const scope = councilScope(database, council.slug);
      await scope.run((tx) => enqueueJob(tx, scope, councilNeedsDigestJob, {}));
    }
  },
});
