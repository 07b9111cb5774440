import { councilSchema, councilScope, InputError, rowsOf, type Tx } from "@lgp/db";
import { eq, sql } from "drizzle-orm";
import { sendEmailJob } from "@lgp/email";
import { startJobs, type Jobs } from "@lgp/jobs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addConcernNote, closeConcern, concernCase, listConcerns, newConcernReference, normaliseConcernReference, raiseConcern } from "../src/concerns";
import { searchDirectory } from "../src/directory";
import { acceptOffer, finishHelp, offerToHelp, startHelp, type MatchActor } from "../src/matches";
import { pauseHelper, resumeHelper } from "../src/pause";
import { matchForSafety, rateHelp, ratingsOfHelper } from "../src/ratings";
import { needsForHelper, proposeBatch, suggestHelpers } from "../src/ranking";
import { testCouncils } from "./support/council";
import { addEligibleHelper, emailsTo, mailFor, needAndHelper } from "./support/matching";
import { addTestOffer } from "./support/offer-seed";

const { helpers, matches, people } = councilSchema;

const councils = testCouncils("safety", ["kingston", "richmond"]);
// Enqueue only: the emails are read from the council's table, and none is sent.
let jobs: Jobs;
beforeAll(async () => {
  jobs = await startJobs(councils.database, [sendEmailJob], { work: false });
});
afterAll(() => jobs?.stop());
const mail = () => mailFor(councilScope(councils.database, "kingston"));
const inKingston = <T>(fn: (tx: Tx) => Promise<T>) => councils.run("kingston", fn);

const emailOf = async (tx: Tx, personId: number) => (await tx.select({ email: people.email }).from(people).where(eq(people.id, personId)))[0]!.email;
const matchRow = async (tx: Tx, id: number) => (await tx.select().from(matches).where(eq(matches.id, id)))[0]!;
const resident = (personId: number) => ({ personId, asStaff: false });
/** Help started and done: the only way a match ends. */
async function endHelp(tx: Tx, actor: MatchActor) {
  await startHelp(tx, actor);
  await finishHelp(tx, actor);
}

/** A need with an accepted match, and a second need of the same helper's with an offer waiting. */
async function helperWithTwoMatches(tx: Tx) {
  const { need, helper, helperPersonId } = await needAndHelper(tx);
  const accepted = await offerToHelp(tx, mail(), { needId: need.id, helperId: helper.id, actorId: helperPersonId });
  await acceptOffer(tx, mail(), { matchId: accepted!.id, actorId: need.residentId, asStaff: false });
  const second = await needAndHelper(tx);
  await tx.insert(councilSchema.helperCategories).values({ helperId: helper.id, categoryId: second.need.categoryId });
  const offered = await offerToHelp(tx, mail(), { needId: second.need.id, helperId: helper.id, actorId: helperPersonId });
  return { need, helper, helperPersonId, accepted: accepted!, offered: offered!, secondNeed: second.need };
}

describe("a concern", () => {
  it("is raised by anyone in the match, gets an unguessable reference, an acknowledgement email and a place in the queue", async () => {
    await inKingston(async (tx) => {
      const { need, helperPersonId, accepted } = await helperWithTwoMatches(tx);
      const fromResident = await raiseConcern(tx, mail(), { matchId: accepted.id, raisedBy: resident(need.residentId), details: "  They asked for my bank card.  " });
      expect(fromResident!.reference).toMatch(/^SG-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      const fromHelper = await raiseConcern(tx, mail(), { matchId: accepted.id, raisedBy: resident(helperPersonId), details: "The resident seemed unwell." });
      expect(fromHelper).not.toBeNull();

      const toResident = await emailsTo(tx, await emailOf(tx, need.residentId));
      expect(toResident.at(-1)).toMatchObject({ kind: "concern-received" });
      expect(toResident.at(-1)!.text).toContain(fromResident!.reference);
      expect(toResident.at(-1)!.text).not.toContain("bank card");

      const queue = await listConcerns(tx, "open");
      expect(queue.map((c) => c.reference)).toEqual(expect.arrayContaining([fromResident!.reference, fromHelper!.reference]));
      const kase = await concernCase(tx, fromResident!.reference);
      expect(kase).toMatchObject({ status: "open", details: "They asked for my bank card.", raisedBy: { role: "resident" }, need: { reference: need.reference }, match: { id: accepted.id, status: "accepted" } });
    });
  });

  it("is refused to someone outside the match, and its details are required", async () => {
    await inKingston(async (tx) => {
      const { need, accepted } = await helperWithTwoMatches(tx);
      const [stranger] = await tx.insert(people).values({ email: `stranger-${Date.now()}@example.com` }).returning();
      expect(await raiseConcern(tx, mail(), { matchId: accepted.id, raisedBy: resident(stranger!.id), details: "Something" })).toBeNull();
      expect(await raiseConcern(tx, mail(), { matchId: accepted.id, raisedBy: { personId: stranger!.id, asStaff: true }, details: "Staff saw something" })).not.toBeNull();
      await expect(raiseConcern(tx, mail(), { matchId: accepted.id, raisedBy: resident(need.residentId), details: "   " })).rejects.toThrow(InputError);
      expect(await raiseConcern(tx, mail(), { matchId: 987654321, raisedBy: resident(need.residentId), details: "x" })).toBeNull();
    });
  });

  it("is worked with notes in order, then closed with an outcome, after which it takes no more notes", async () => {
    await inKingston(async (tx) => {
      const { need, accepted } = await helperWithTwoMatches(tx);
      const lead = await tx.insert(people).values({ email: `lead-${Date.now()}@example.com` }).returning();
      const { reference } = (await raiseConcern(tx, mail(), { matchId: accepted.id, raisedBy: resident(need.residentId), details: "Worried" }))!;
      await addConcernNote(tx, { reference, authorId: lead[0]!.id, note: "Called the resident." });
      await addConcernNote(tx, { reference, authorId: lead[0]!.id, note: "Spoke to the helper." });
      await closeConcern(tx, { reference, closedBy: lead[0]!.id, outcome: "No further action." });
      const kase = await concernCase(tx, reference);
      expect(kase!.notes.map((n) => n.note)).toEqual(["Called the resident.", "Spoke to the helper."]);
      expect(kase).toMatchObject({ status: "closed", outcome: "No further action.", closedBy: lead[0]!.email });
      expect((await listConcerns(tx, "closed")).map((c) => c.reference)).toContain(reference);
      await expect(addConcernNote(tx, { reference, authorId: lead[0]!.id, note: "More" })).rejects.toThrow("This concern is closed, so you cannot add a note.");
      await expect(closeConcern(tx, { reference, closedBy: lead[0]!.id, outcome: "Again" })).rejects.toThrow(InputError);
    });
  });

  it("is not found by its reference on another council", async () => {
    const reference = await inKingston(async (tx) => {
      const { need, accepted } = await helperWithTwoMatches(tx);
      return (await raiseConcern(tx, mail(), { matchId: accepted.id, raisedBy: resident(need.residentId), details: "Worried" }))!.reference;
    });
    await councils.run("richmond", async (tx) => {
      expect(await concernCase(tx, reference)).toBeNull();
      expect(await listConcerns(tx, "open")).toEqual([]);
      expect(await addConcernNote(tx, { reference, authorId: 1, note: "x" })).toBeNull();
    });
  });

  it("reads a reference however it is typed", () => {
    const reference = newConcernReference();
    expect(normaliseConcernReference(reference.toLowerCase().replaceAll("-", " "))).toBe(reference);
    expect(normaliseConcernReference("SG-123")).toBeNull();
  });
});

describe("pausing a helper", () => {
  it("holds their offered and accepted matches, tells the people affected, and resuming restores each", async () => {
    await inKingston(async (tx) => {
      const { need, helper, helperPersonId, accepted, offered, secondNeed } = await helperWithTwoMatches(tx);
      const paused = await pauseHelper(tx, mail(), { helperId: helper.id, reason: "Concern SG-TEST under review" });
      expect(paused!.held.map((m) => m.id).sort()).toEqual([accepted.id, offered.id].sort());
      expect(await matchRow(tx, accepted.id)).toMatchObject({ status: "on_hold", heldFrom: "accepted" });
      expect(await matchRow(tx, offered.id)).toMatchObject({ status: "on_hold", heldFrom: "offered" });
      const [row] = await tx.select().from(helpers).where(eq(helpers.id, helper.id));
      expect(row!.pausedAt).not.toBeNull();
      expect(row!.pausedReason).toBe("Concern SG-TEST under review");

      expect((await emailsTo(tx, await emailOf(tx, need.residentId))).at(-1)!.kind).toBe("match-on-hold");
      expect((await emailsTo(tx, await emailOf(tx, secondNeed.residentId))).at(-1)!.kind).toBe("match-on-hold");
      const toHelper = await emailsTo(tx, await emailOf(tx, helperPersonId));
      expect(toHelper.at(-1)!.kind).toBe("helper-paused");
      expect(toHelper.at(-1)!.text).not.toContain("SG-TEST");
      await expect(pauseHelper(tx, mail(), { helperId: helper.id, reason: "Again" })).rejects.toThrow("is already paused");

      const resumed = await resumeHelper(tx, mail(), { helperId: helper.id });
      expect(resumed!.resumed).toHaveLength(2);
      expect(await matchRow(tx, accepted.id)).toMatchObject({ status: "accepted", heldFrom: null });
      expect(await matchRow(tx, offered.id)).toMatchObject({ status: "offered", heldFrom: null });
      expect((await emailsTo(tx, await emailOf(tx, need.residentId))).at(-1)!.kind).toBe("match-resumed");
      expect((await emailsTo(tx, await emailOf(tx, helperPersonId))).at(-1)!.kind).toBe("helper-resumed");
      await expect(resumeHelper(tx, mail(), { helperId: helper.id })).rejects.toThrow("is not paused");
    });
  });

  it("leaves matches already over alone, and needs a reason", async () => {
    await inKingston(async (tx) => {
      const { need, helper, helperPersonId } = await needAndHelper(tx);
      const match = await offerToHelp(tx, mail(), { needId: need.id, helperId: helper.id, actorId: helperPersonId });
      await acceptOffer(tx, mail(), { matchId: match!.id, actorId: need.residentId, asStaff: false });
      await endHelp(tx, { matchId: match!.id, actorId: need.residentId, asStaff: false });
      await expect(pauseHelper(tx, mail(), { helperId: helper.id, reason: " " })).rejects.toThrow(InputError);
      expect((await pauseHelper(tx, mail(), { helperId: helper.id, reason: "Checking" }))!.held).toEqual([]);
      expect(await matchRow(tx, match!.id)).toMatchObject({ status: "ended", heldFrom: null });
      expect(await pauseHelper(tx, mail(), { helperId: 987654321, reason: "x" })).toBeNull();
    });
  });

  it("takes them out of the feed, the suggestions, the directory and batch assignment until resumed", async () => {
    await inKingston(async (tx) => {
      const { need, helper } = await needAndHelper(tx);
      await addTestOffer(tx, helper.id, need.categoryId);
      const [category] = await tx.select({ slug: councilSchema.categories.slug }).from(councilSchema.categories).where(eq(councilSchema.categories.id, need.categoryId));
      const seen = async () => ({
        feed: (await needsForHelper(tx, helper.id)).some((item) => item.needId === need.id),
        suggested: (await suggestHelpers(tx, need.id)).some((s) => s.helperId === helper.id),
        listed: (await searchDirectory(tx, { categorySlug: category!.slug, postcode: "KT1 2AA", page: 1 })).entries.some((o) => o.helperName === helper.publicName),
        batched: (await proposeBatch(tx, { needIds: [need.id] })).some((p) => p.helperId === helper.id),
      });
      expect(await seen()).toEqual({ feed: true, suggested: true, listed: true, batched: true });
      await pauseHelper(tx, mail(), { helperId: helper.id, reason: "Checking" });
      expect(await seen()).toEqual({ feed: false, suggested: false, listed: false, batched: false });
      await resumeHelper(tx, mail(), { helperId: helper.id });
      expect(await seen()).toEqual({ feed: true, suggested: true, listed: true, batched: true });
    });
  });
});

describe("rating help", () => {
  async function endedMatch(tx: Tx) {
    const { need, helper, helperPersonId } = await needAndHelper(tx);
    const match = await offerToHelp(tx, mail(), { needId: need.id, helperId: helper.id, actorId: helperPersonId });
    await acceptOffer(tx, mail(), { matchId: match!.id, actorId: need.residentId, asStaff: false });
    return { need, helper, helperPersonId, match: match! };
  }

  it("is only for help that is done, by the resident, once", async () => {
    await inKingston(async (tx) => {
      const { need, helper, helperPersonId, match } = await endedMatch(tx);
      await expect(rateHelp(tx, { matchId: match.id, rater: resident(need.residentId), stars: 5, comment: "" })).rejects.toThrow("You can rate the help once it is done.");
      await endHelp(tx, { matchId: match.id, actorId: need.residentId, asStaff: false });
      expect(await rateHelp(tx, { matchId: match.id, rater: resident(helperPersonId), stars: 5, comment: "Me" })).toBeNull();
      await expect(rateHelp(tx, { matchId: match.id, rater: resident(need.residentId), stars: 6, comment: "" })).rejects.toThrow("Choose from 1 to 5 stars");
      const rating = await rateHelp(tx, { matchId: match.id, rater: resident(need.residentId), stars: 4, comment: " Kind and on time. " });
      expect(rating).toMatchObject({ stars: 4, comment: "Kind and on time.", ratedBy: need.residentId });
      await expect(rateHelp(tx, { matchId: match.id, rater: resident(need.residentId), stars: 1, comment: "" })).rejects.toThrow("This help has already been rated.");
      expect((await ratingsOfHelper(tx, helper.id)).map((r) => [r.stars, r.needReference])).toEqual([[4, need.reference]]);
    });
  });

  it("may be left by staff for the resident", async () => {
    await inKingston(async (tx) => {
      const { need, match } = await endedMatch(tx);
      await endHelp(tx, { matchId: match.id, actorId: need.residentId, asStaff: false });
      const [staff] = await tx.insert(people).values({ email: `staff-${Date.now()}@example.com` }).returning();
      expect(await rateHelp(tx, { matchId: match.id, rater: { personId: staff!.id, asStaff: true }, stars: 3, comment: "By phone" })).toMatchObject({ stars: 3 });
    });
  });

  it("is seen by staff, the resident and the helper's people, and no one else", async () => {
    await inKingston(async (tx) => {
      const { need, helperPersonId, match } = await endedMatch(tx);
      await endHelp(tx, { matchId: match.id, actorId: need.residentId, asStaff: false });
      expect(await matchForSafety(tx, match.id, resident(need.residentId))).toMatchObject({ canRate: true, rating: null });
      await rateHelp(tx, { matchId: match.id, rater: resident(need.residentId), stars: 5, comment: "Great" });
      expect(await matchForSafety(tx, match.id, resident(need.residentId))).toMatchObject({ canRate: false, rating: { stars: 5 } });
      expect(await matchForSafety(tx, match.id, resident(helperPersonId))).toMatchObject({ canRate: false, rating: { comment: "Great" } });
      const other = await addEligibleHelper(tx, need.categoryId);
      expect(await matchForSafety(tx, match.id, resident(other.personId))).toBeNull();
      expect(await matchForSafety(tx, match.id, { personId: other.personId, asStaff: true })).toMatchObject({ rating: { stars: 5 } });
    });
  });
});

describe("the safeguarding tables", () => {
  it("keep one rating per match", async () => {
    await inKingston(async (tx) => {
      const rows = rowsOf<{ indexdef: string }>(await tx.execute(sql`select indexdef from pg_indexes where tablename = 'ratings'`));
      expect(rows.some((r) => r.indexdef.includes("(match_id)"))).toBe(true);
    });
  });
});
