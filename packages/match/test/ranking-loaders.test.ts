import { councilSchema } from "@lgp/db";
import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { exclusionsFor, needsForHelper, proposeBatch, suggestHelpers } from "../src/ranking";
import { writeMatchSettings, DEFAULT_MATCH_SETTINGS } from "../src/settings";
import { testCouncils } from "./support/council";
import { TODAY } from "./support/ranking";
import { aCategory, aHelper, aMatch, aNeed, aPerson, aPostcode } from "./support/ranking-seed";

const councils = testCouncils("ranking-loaders", ["kingston", "richmond", "sutton", "merton", "bromley", "croydon", "ealing", "hounslow"]);

/** A befriending need and the helpers around it: three eligible, three each failing one gate. */
async function befriending(slug: string) {
  return councils.run(slug, async (tx) => {
    await aPostcode(tx);
    const categoryId = await aCategory(tx, "Befriending visits", "dbs_enhanced");
    const residentId = await aPerson(tx, "Rita Resident");
    const needId = await aNeed(tx, residentId, categoryId);
    const ids = {
      ada: await aHelper(tx, "Ada", { km: 1, categoryIds: [categoryId] }),
      ben: await aHelper(tx, "Ben", { km: 2, categoryIds: [categoryId] }),
      fay: await aHelper(tx, "Fay", { categoryIds: [categoryId], latitude: null, longitude: null, radiusKm: null, wards: ["E05013933"] }),
      cat: await aHelper(tx, "Cat", { km: 1, categoryIds: [categoryId], pausedAt: new Date() }),
      dan: await aHelper(tx, "Dan", { km: 1, categoryIds: [categoryId], status: "submitted" }),
      eve: await aHelper(tx, "Eve", { km: 1, categoryIds: [categoryId], recheckOn: "2026-11-26" }),
    };
    return { categoryId, residentId, needId, ...ids };
  });
}

describe("suggestHelpers", () => {
  it("lists the eligible helpers only, best first, with their reasons", async () => {
    const world = await befriending("kingston");
    const suggestions = await councils.run("kingston", (tx) => suggestHelpers(tx, world.needId, { today: TODAY }));
    expect(suggestions.map((s) => s.publicName)).toEqual(["Ada", "Ben", "Fay"]);
    expect(suggestions[0]).toMatchObject({ helperId: world.ada, reasons: ["1.0 km away", "Enhanced DBS check", "free at every time you asked for"] });
    expect(suggestions[2]).toMatchObject({ distanceKm: null, reasons: ["covers your ward", "Enhanced DBS check", "free at every time you asked for"] });
    expect(suggestions[0]!.score).toBeGreaterThan(suggestions[1]!.score);
    expect(await councils.run("kingston", (tx) => suggestHelpers(tx, world.needId, { today: TODAY, limit: 1 }))).toHaveLength(1);
  });

  it("puts a helper who helped the resident before ahead when the council weighs it, and drops one already put forward", async () => {
    const world = await befriending("richmond");
    const suggestions = await councils.run("richmond", async (tx) => {
      const earlier = await aNeed(tx, world.residentId, world.categoryId, { status: "done" });
      await aMatch(tx, earlier, world.ben, "ended", world.residentId);
      await aMatch(tx, world.needId, world.fay, "declined", world.residentId);
      await writeMatchSettings(tx, { ...DEFAULT_MATCH_SETTINGS, distance: 1, continuity: 10 });
      return suggestHelpers(tx, world.needId, { today: TODAY });
    });
    expect(suggestions.map((s) => s.publicName)).toEqual(["Ben", "Ada"]);
    expect(suggestions[0]!.reasons.at(-1)).toBe("helped you before");
  });
  it("keeps every helper the gates let through when SQL narrows by times and preferences", async () => {
    const found = await councils.run("ealing", async (tx) => {
      await aPostcode(tx);
      const categoryId = await aCategory(tx, "Befriending visits", "dbs_enhanced");
      const residentId = await aPerson(tx);
      // A Thursday, asked for by date; the resident types the language in lower case.
      const needId = await aNeed(tx, residentId, categoryId, { times: [], dates: ["2026-12-03"], language: "polish", helperGender: "female", accessibility: ["bsl"] });
      const suits = { gender: "female" as const, languages: ["English", "Polish"], accessibility: ["bsl", "step_free"], availability: ["thu-evening" as const] };
      const ids = {
        ola: await aHelper(tx, "Ola", { categoryIds: [categoryId], ...suits }),
        wrongDay: await aHelper(tx, "Wed", { categoryIds: [categoryId], ...suits, availability: ["wed-evening"] }),
        noBsl: await aHelper(tx, "Nia", { categoryIds: [categoryId], ...suits, accessibility: ["step_free"] }),
        male: await aHelper(tx, "Max", { categoryIds: [categoryId], ...suits, gender: "male" }),
        noPolish: await aHelper(tx, "Eli", { categoryIds: [categoryId], ...suits, languages: ["English"] }),
      };
      return { ids, suggested: await suggestHelpers(tx, needId, { today: TODAY }) };
    });
    expect(found.suggested.map((s) => s.helperId)).toEqual([found.ids.ola]);
    expect(found.suggested[0]!.reasons).toContain("speaks polish");
  });

  it("suggests the same best helpers as gating and scoring everyone, when those nearest are full or busy", async () => {
    const world = await councils.run("hounslow", async (tx) => {
      await aPostcode(tx);
      const categoryId = await aCategory(tx, "Shopping and errands", "none");
      const residentId = await aPerson(tx);
      const needId = await aNeed(tx, residentId, categoryId);
      const other = await aPerson(tx);
      // The nearest could score most, so they are loaded first; but the full ones fail the capacity gate,
      // and the busy ones lose on fair load to helpers a little further out.
      const full: number[] = [];
      for (let i = 0; i < 55; i++) {
        full.push(await aHelper(tx, `Full ${i}`, { km: 0.05 + i / 1000, categoryIds: [categoryId], capacity: 1 }));
        await aMatch(tx, await aNeed(tx, other, categoryId), full.at(-1)!, "accepted", other);
      }
      const busy: number[] = [];
      for (let i = 0; i < 5; i++) {
        busy.push(await aHelper(tx, `Busy ${i}`, { km: 0.2, categoryIds: [categoryId], capacity: 9 }));
        for (let j = 0; j < 3; j++) await aMatch(tx, await aNeed(tx, other, categoryId, { status: "done" }), busy.at(-1)!, "ended", other);
      }
      for (let i = 0; i < 100; i++) await aHelper(tx, `Free ${i}`, { km: 0.5 + i / 25, categoryIds: [categoryId] });
      return { needId, full, busy };
    });
    const everyone = await councils.run("hounslow", (tx) => suggestHelpers(tx, world.needId, { today: TODAY, limit: 10_000 }));
    const best = await councils.run("hounslow", (tx) => suggestHelpers(tx, world.needId, { today: TODAY, limit: 5 }));
    expect(everyone).toHaveLength(105);
    expect(best).toEqual(everyone.slice(0, 5));
    expect(best.map((s) => s.publicName)).toEqual(["Free 0", "Free 1", "Free 2", "Free 3", "Free 4"]);
    expect(everyone.map((s) => s.helperId)).toEqual(expect.arrayContaining(world.busy));
    expect(everyone.map((s) => s.helperId)).not.toEqual(expect.arrayContaining([world.full[0]]));
  });
});

describe("exclusionsFor", () => {
  it("names the gate each helper fails, none for an eligible one, and null for an id the council does not have", async () => {
    const world = await befriending("sutton");
    const asked = await councils.run("sutton", async (tx) => ({
      ada: await exclusionsFor(tx, world.needId, world.ada, { today: TODAY }),
      cat: await exclusionsFor(tx, world.needId, world.cat, { today: TODAY }),
      dan: await exclusionsFor(tx, world.needId, world.dan, { today: TODAY }),
      eve: await exclusionsFor(tx, world.needId, world.eve, { today: TODAY }),
      noHelper: await exclusionsFor(tx, world.needId, 999_999, { today: TODAY }),
      noNeed: await exclusionsFor(tx, 999_999, world.ada, { today: TODAY }),
    }));
    expect(asked.ada).toEqual([]);
    expect(asked.cat!.map((e) => e.gate)).toEqual(["status"]);
    expect(asked.dan!.map((e) => e.gate)).toEqual(["status"]);
    expect(asked.eve!.map((e) => e.gate)).toEqual(["vetting"]);
    expect(asked.noHelper).toBeNull();
    expect(asked.noNeed).toBeNull();
  });
});

describe("needsForHelper", () => {
  it("shows a helper the needs they could meet, nearest first, without the resident's name, email or postcode", async () => {
    const world = await befriending("merton");
    const feed = await councils.run("merton", async (tx) => {
      const nearer = await aNeed(tx, world.residentId, world.categoryId, { latitude: 51.4175, description: "Help with a weekly walk" });
      const other = await aCategory(tx, "Gardening", "none");
      await aNeed(tx, world.residentId, other);
      await aNeed(tx, world.residentId, world.categoryId, { status: "matched" });
      return { ada: await needsForHelper(tx, world.ada, { today: TODAY }), cat: await needsForHelper(tx, world.cat, { today: TODAY }), nearer };
    });
    expect(feed.ada.map((item) => item.needId)).toEqual([feed.nearer, world.needId]);
    expect(feed.ada[1]).toEqual({
      needId: world.needId,
      reference: expect.any(String),
      categoryName: "Befriending visits",
      description: "A chat over a cup of tea each week",
      district: "KT1",
      wardName: "Kingston Town",
      distanceKm: 1,
      times: ["tue-morning"],
      dates: [],
      urgency: "within_weeks",
    });
    const shown = JSON.stringify(feed.ada);
    for (const secret of ["Rita", "Resident", "@example.com", "KT1 1EU"]) expect(shown).not.toContain(secret);
    expect(feed.cat).toEqual([]);
  });

  it("drops a need once the helper has offered on it, and every need once they are at capacity", async () => {
    const world = await befriending("bromley");
    const after = await councils.run("bromley", async (tx) => {
      await aMatch(tx, world.needId, world.ben, "offered", world.residentId);
      const offered = await needsForHelper(tx, world.ben, { today: TODAY });
      const other = await aNeed(tx, world.residentId, world.categoryId);
      await aMatch(tx, other, world.ben, "accepted", world.residentId);
      return { offered, full: await needsForHelper(tx, world.ben, { today: TODAY }) };
    });
    expect(after.offered.map((item) => item.needId)).not.toContain(world.needId);
    expect(after.full).toEqual([]);
  });
});

describe("proposeBatch", () => {
  it("proposes one eligible helper per open need within capacity, and writes nothing", async () => {
    const world = await befriending("croydon");
    const { proposal, matchesBefore, matchesAfter, needIds } = await councils.run("croydon", async (tx) => {
      const needIds = [world.needId];
      for (let i = 0; i < 4; i++) needIds.push(await aNeed(tx, await aPerson(tx), world.categoryId));
      const [before] = await tx.select({ n: count() }).from(councilSchema.matches);
      const proposal = await proposeBatch(tx, { today: TODAY });
      const [after] = await tx.select({ n: count() }).from(councilSchema.matches);
      return { proposal, matchesBefore: before!.n, matchesAfter: after!.n, needIds };
    });
    expect(matchesAfter).toBe(matchesBefore);
    const perHelper = new Map<number, number>();
    for (const pair of proposal) perHelper.set(pair.helperId, (perHelper.get(pair.helperId) ?? 0) + 1);
    for (const [helperId, n] of perHelper) {
      expect([world.ada, world.ben, world.fay]).toContain(helperId);
      expect(n).toBeLessThanOrEqual(2);
    }
    expect(new Set(proposal.map((p) => p.needId)).size).toBe(proposal.length);
    expect(proposal.every((p) => needIds.includes(p.needId) && p.reasons.length > 0 && p.reference.startsWith("N-"))).toBe(true);
    expect(proposal.length).toBeGreaterThanOrEqual(4);
    const only = await councils.run("croydon", (tx) => proposeBatch(tx, { today: TODAY, needIds: [needIds[2]!] }));
    expect(only.map((p) => p.needId)).toEqual([needIds[2]]);
  });
});
