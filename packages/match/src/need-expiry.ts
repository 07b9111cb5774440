import { activeCouncilsWith, councilMailOf } from "@lgp/councils";
import { councilSchema, councilScope, type Scope, type Tx } from "@lgp/db";
import { defineEmailTemplate, queueEmail, type Sender } from "@lgp/email";
import { defineJob, enqueueJob } from "@lgp/jobs";
import { Temporal } from "@lgp/time";
import { and, asc, eq, inArray, lte } from "drizzle-orm";
import { moveNeed } from "./need-status";
import { readMatchSettings } from "./settings";

const { categories, needs, people } = councilSchema;

/** Tells a resident their request ran out of time unmet, and what they can do now. */
export const needExpiredEmail = defineEmailTemplate<{ url: string; reference: string; category: string; days: number }>({
  kind: "need-expired",
  notifyField: "needExpiredTemplateId",
  title: "request expired",
  word: (sender, { url, reference, category, days }) => ({
    subject: `Your request for help ${reference} has expired`,
    lines: [
      `We could not find a helper for your request for help with ${category.toLowerCase()} (reference ${reference}) within ${days} days, so it has now closed.`,
      `If you still need help, you can ask again. You can also contact ${sender.name}, who may know of other services near you.`,
    ],
    action: "Ask for help again",
    url,
    personalisation: { reference, category, days: String(days) },
  }),
});

export interface ExpiredNeed {
  needId: number;
  reference: string;
  residentEmail: string;
  categoryName: string;
}

/**
 * Expires every open or offered need whose time ran out by `now`, each with a trail entry the platform
 * made (no actor) saying why: the unmet-demand register reads those entries to count them.
 */
export async function expireNeeds(tx: Tx, now: Temporal.Instant = Temporal.Now.instant()): Promise<{ days: number; expired: ExpiredNeed[] }> {
  const { needExpiryDays: days } = await readMatchSettings(tx);
  const due = await tx
    .select({ needId: needs.id, reference: needs.reference, residentEmail: people.email, categoryName: categories.name })
    .from(needs)
    .innerJoin(people, eq(people.id, needs.residentId))
    .innerJoin(categories, eq(categories.id, needs.categoryId))
    .where(and(inArray(needs.status, ["open", "offered"]), lte(needs.expiresAt, new Date(now.epochMilliseconds))))
    .orderBy(asc(needs.id));
  for (const need of due) await moveNeed(tx, { needId: need.needId, to: "expired", actorId: null, reason: `No helper was found within ${days} days` });
  return { days, expired: due };
}

/** Expires one council's due needs and queues an email to each resident, in one transaction. */
export async function expireNeedsAndTell(tx: Tx, scope: Scope, sender: Sender, siteUrl: string, now?: Temporal.Instant): Promise<number> {
  const { days, expired } = await expireNeeds(tx, now);
  for (const need of expired) {
    await queueEmail(tx, scope, sender, need.residentEmail, needExpiredEmail, { url: `${siteUrl}/help/ask`, reference: need.reference, category: need.categoryName, days });
  }
  return expired.length;
}

/** One council's expiry, in its own scope: a failure in one council is retried without holding up the others. */
export const expireCouncilNeedsJob = defineJob<Record<string, never>>({
  name: "match.expire-council-needs",
  async run({ database, scope }) {
    const mailIn = await councilMailOf(database, scope);
    if (!mailIn) return;
    await scope.run(async (tx) => {
      const { sender, siteUrl } = await mailIn(tx);
      await expireNeedsAndTell(tx, scope, sender, siteUrl);
    });
  },
});

/** Every hour, queues the expiry for each active council with the match module on. */
export const expireNeedsJob = defineJob<Record<string, never>>({
  name: "match.expire-needs",
  schedule: "23 * * * *",
  async run({ database }) {
    for (const council of await activeCouncilsWith(database, "match")) {
      const scope = councilScope(database, council.slug);
      await scope.run((tx) => enqueueJob(tx, scope, expireCouncilNeedsJob, {}));
    }
  },
});
