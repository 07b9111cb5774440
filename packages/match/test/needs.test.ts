import { councilSchema, InputError, type Tx } from "@lgp/db";
import { Temporal } from "@lgp/time";
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { answerNeedQuestion, readNeedDraft, submitNeedDraft } from "../src/need-drafts";
import { expireNeeds } from "../src/need-expiry";
import { listResidentNeeds, residentNeed, withdrawNeed } from "../src/need-views";
import { createNeed, newNeedReference, normaliseNeedReference } from "../src/needs";
import type { NeedDetails } from "../src/need-questions";
import { writeMatchSettings, DEFAULT_MATCH_SETTINGS } from "../src/settings";
import { testCouncils } from "./support/council";

const councils = testCouncils("needs", ["bromley"]);
const { categories, needDrafts, needEvents, needs, people, postcodes } = councilSchema;

const details: NeedDetails = {
  category: "shopping",
  description: "Weekly shopping from the Co-op",
  postcode: "br1 1aa",
  times: ["mon-morning"],
  dates: [],
  urgency: "within_weeks",
  helperGender: "none",
  accessibility: [],
};

let seeded = false;
async function place(tx: Tx) {
  if (!seeded) {
    await tx.insert(postcodes).values({ postcode: "BR1 1AA", latitude: 51.4, longitude: 0.01, wardCode: "E05000109", wardName: "Bromley Town" });
    await tx.insert(categories).values({ slug: "shopping", name: "Shopping", description: "Shopping and errands" });
    seeded = true;
  }
}

async function resident(tx: Tx, name: string) {
  await place(tx);
  const [person] = await tx.insert(people).values({ email: `${name}-${Math.random().toString(36).slice(2)}@example.com` }).returning();
  return person!.id;
}

describe("need references", () => {
  it("look like HN-7K3M-Q9PX, from letters and digits no one confuses, and do not repeat", () => {
    const drawn = Array.from({ length: 2000 }, newNeedReference);
    for (const reference of drawn) expect(reference).toMatch(/^HN-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(new Set(drawn).size).toBe(drawn.length);
  });
  it("are read as typed, in any case and spacing", () => {
    expect(normaliseNeedReference(" hn 7k3m q9px ")).toBe("HN-7K3M-Q9PX");
    expect(normaliseNeedReference("7K3MQ9PX")).toBe("HN-7K3M-Q9PX");
    expect(normaliseNeedReference("HN-7K3M")).toBeNull();
  });
});

describe("createNeed", () => {
  it("records an open need at the postcode's place, expiring after the council's days, with its first trail entry", async () => {
    const now = Temporal.Instant.from("2026-11-26T15:04:00Z");
    const result = await councils.run("bromley", async (tx) => {
      const residentId = await resident(tx, "ada");
      await writeMatchSettings(tx, { ...DEFAULT_MATCH_SETTINGS, needExpiryDays: 10 });
      const { id } = await createNeed(tx, { residentId, createdBy: residentId, details: { ...details, language: "Polish", helperGender: "female" }, now });
      const [need] = await tx.select().from(needs).where(eq(needs.id, id));
      const trail = await tx.select().from(needEvents).where(eq(needEvents.needId, id));
      await writeMatchSettings(tx, DEFAULT_MATCH_SETTINGS);
      return { need: need!, trail, residentId };
    });
    expect(result.need).toMatchObject({ status: "open", postcode: "BR1 1AA", latitude: 51.4, wardCode: "E05000109", language: "Polish", helperGender: "female", times: ["mon-morning"] });
    expect(result.need.expiresAt.toISOString()).toBe("2026-12-06T15:04:00.000Z");
    expect(result.trail).toMatchObject([{ fromStatus: null, toStatus: "open", actorId: result.residentId, reason: "Asked for help" }]);
  });

  it("refuses a postcode the council's table does not have, beside the postcode, and records nothing", async () => {
    const [error, count] = await councils.run("bromley", async (tx) => {
      const residentId = await resident(tx, "bea");
      const error = await createNeed(tx, { residentId, createdBy: residentId, details: { ...details, postcode: "SW1A 1AA" } }).catch((e: unknown) => e);
      return [error, (await tx.select().from(needs).where(eq(needs.residentId, residentId))).length] as const;
    });
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).fields).toEqual({ postcode: "We could not find that postcode in this council's area. Check it and enter it again" });
    expect(count).toBe(0);
  });

  it("requires the resident's consent when someone else asks for them", async () => {
    const outcome = await councils.run("bromley", async (tx) => {
      const residentId = await resident(tx, "cal");
      const staffId = await resident(tx, "staff");
      const refused = await createNeed(tx, { residentId, createdBy: staffId, details }).catch((e: unknown) => e);
      const made = await createNeed(tx, { residentId, createdBy: staffId, details, consent: { givenBy: "Cal Jones", on: "2026-01-05", how: "phone" } });
      const [need] = await tx.select().from(needs).where(eq(needs.id, made.id));
      return { refused, need: need! };
    });
    expect(outcome.refused).toBeInstanceOf(InputError);
    expect(outcome.need).toMatchObject({ consentGivenBy: "Cal Jones", consentHow: "phone" });
    expect(outcome.need.consentAt!.toISOString()).toBe("2026-01-05T00:00:00.000Z");
  });
});

describe("the question pages' draft", () => {
  it("keeps each page's answer, then becomes the need and is removed, in one transaction", async () => {
    const outcome = await councils.run("bromley", async (tx) => {
      const residentId = await resident(tx, "dee");
      await answerNeedQuestion(tx, residentId, { question: "category", category: "shopping" });
      const halfway = await readNeedDraft(tx, residentId);
      await answerNeedQuestion(tx, residentId, { question: "description", description: "Shopping" });
      await answerNeedQuestion(tx, residentId, { question: "postcode", postcode: "br11aa" });
      await answerNeedQuestion(tx, residentId, { question: "when", times: [], dates: ["2099-01-02"] });
      await answerNeedQuestion(tx, residentId, { question: "urgency", urgency: "flexible" });
      await answerNeedQuestion(tx, residentId, { question: "preferences", language: "Welsh", helperGender: "none", accessibility: ["bsl"] });
      await answerNeedQuestion(tx, residentId, { question: "preferences", helperGender: "male", accessibility: [] });
      const full = await readNeedDraft(tx, residentId);
      const { reference } = await submitNeedDraft(tx, residentId);
      const drafts = await tx.select().from(needDrafts).where(eq(needDrafts.personId, residentId));
      return { halfway, full, reference, drafts, need: await residentNeed(tx, residentId, reference) };
    });
    expect(outcome.halfway).toEqual({ answers: { category: "shopping" }, next: "description" });
    expect(outcome.full.next).toBeNull();
    expect(outcome.full.answers).toEqual({ category: "shopping", description: "Shopping", postcode: "BR1 1AA", times: [], dates: ["2099-01-02"], urgency: "flexible", helperGender: "male", accessibility: [] });
    expect(outcome.drafts).toEqual([]);
    expect(outcome.need).toMatchObject({ reference: outcome.reference, status: "open", dates: ["2099-01-02"], helperGender: "male", language: null, trail: [{ to: "open", actor: "resident", reason: "Asked for help" }] });
  });

  it("refuses an unknown postcode on its own page", async () => {
    const error = await councils.run("bromley", async (tx) => answerNeedQuestion(tx, await resident(tx, "eve"), { question: "postcode", postcode: "SW1A 1AA" }).catch((e: unknown) => e));
    expect((error as InputError).fields.postcode).toMatch(/could not find that postcode/);
  });

  it("refuses to submit a draft with a question unanswered, and keeps it", async () => {
    const outcome = await councils.run("bromley", async (tx) => {
      const residentId = await resident(tx, "fay");
      await answerNeedQuestion(tx, residentId, { question: "category", category: "shopping" });
      const error = await submitNeedDraft(tx, residentId).catch((e: unknown) => e);
      return { error, draft: await readNeedDraft(tx, residentId) };
    });
    expect(outcome.error).toBeInstanceOf(InputError);
    expect(outcome.draft.answers).toEqual({ category: "shopping" });
  });
});

describe("a resident's needs", () => {
  it("are theirs alone: another resident finds none, and cannot withdraw one", async () => {
    const outcome = await councils.run("bromley", async (tx) => {
      const owner = await resident(tx, "gus");
      const other = await resident(tx, "hal");
      const { reference } = await createNeed(tx, { residentId: owner, createdBy: owner, details });
      return {
        seen: await residentNeed(tx, other, reference),
        listed: await listResidentNeeds(tx, other),
        withdrawn: await withdrawNeed(tx, other, reference, "Not mine"),
        own: (await residentNeed(tx, owner, reference))?.status,
      };
    });
    expect(outcome).toEqual({ seen: null, listed: [], withdrawn: null, own: "open" });
  });

  it("can be withdrawn by the resident, with their reason in the trail", async () => {
    const trail = await councils.run("bromley", async (tx) => {
      const owner = await resident(tx, "ida");
      const { reference } = await createNeed(tx, { residentId: owner, createdBy: owner, details });
      await withdrawNeed(tx, owner, reference, "My neighbour is helping now");
      return (await residentNeed(tx, owner, reference))!.trail;
    });
    expect(trail.map((e) => [e.from, e.to, e.actor, e.reason])).toEqual([
      [null, "open", "resident", "Asked for help"],
      ["open", "withdrawn", "resident", "My neighbour is helping now"],
    ]);
  });
});

describe("expireNeeds", () => {
  it("expires open and offered needs past their time by the fixed clock, and no others, saying why with no actor", async () => {
    const created = Temporal.Instant.from("2026-10-01T09:00:00Z");
    const outcome = await councils.run("bromley", async (tx) => {
      const owner = await resident(tx, "jo");
      const make = async (status: councilSchema.NeedStatus) => {
        const { id } = await createNeed(tx, { residentId: owner, createdBy: owner, details, now: created });
        await tx.update(needs).set({ status }).where(eq(needs.id, id));
        return id;
      };
      const ids = { open: await make("open"), offered: await make("offered"), matched: await make("matched") };
      const before = await expireNeeds(tx, created.add({ hours: 28 * 24 - 1 }));
      const after = await expireNeeds(tx, created.add({ hours: 28 * 24 }));
      const again = await expireNeeds(tx, created.add({ hours: 28 * 24 + 1 }));
      const rows = await tx.select({ id: needs.id, status: needs.status }).from(needs).where(eq(needs.residentId, owner)).orderBy(asc(needs.id));
      const events = await tx.select().from(needEvents).where(eq(needEvents.toStatus, "expired"));
      return { ids, before: before.expired.length, after: after.expired.map((e) => e.needId), again: again.expired.length, rows, events };
    });
    expect(outcome.before).toBe(0);
    expect(outcome.after).toEqual([outcome.ids.open, outcome.ids.offered]);
    expect(outcome.again).toBe(0);
    expect(outcome.rows.map((r) => r.status)).toEqual(["expired", "expired", "matched"]);
    expect(outcome.events.map((e) => [e.fromStatus, e.actorId, e.reason])).toEqual([
      ["open", null, "No helper was found within 28 days"],
      ["offered", null, "No helper was found within 28 days"],
    ]);
  });
});
