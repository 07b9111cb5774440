import { councilSchema, councilScope } from "@lgp/db";
import { listAudit } from "@lgp/identity";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Person } from "../src/context";
import { sampleMatchOfHelp, sampleNeedToOffer } from "./support/matching-samples";
import { callerFor, createWorld, type World } from "./support/world";

let world: World;
beforeAll(async () => {
  world = await createWorld("matches");
});
afterAll(() => world?.close());

const on = async (slug: "kingston" | "richmond", person: Person | null) => callerFor(world, await world.site(slug), person);
const codeOf = (promise: Promise<unknown>) => promise.then(() => "allowed", (e: unknown) => (e instanceof TRPCError ? e.code : e));
const latestAudit = async () => {
  const scope = councilScope(world.database, "kingston");
  return (await scope.run((tx) => listAudit(tx, scope, {}, 1)))[0]!;
};

describe("the matching procedures", () => {
  it("take a helper's offer from the feed through the resident's acceptance to the match page", async () => {
    const { needId, helperId, reference, residentId } = await sampleNeedToOffer(world, "kingston");
    const helperSide = await on("kingston", world.people.kingstonResident);
    const feed = await helperSide.match.helpFeed();
    expect(feed.find((h) => h.helperId === helperId)!.needs.map((n) => n.needId)).toContain(needId);
    // Reading the feed is reading residents' needs: audited, with the requests shown.
    const feedView = await latestAudit();
    expect(feedView).toMatchObject({ action: "need.viewed", actor: world.people.kingstonResident.email });
    expect(JSON.stringify(feedView.detail)).toContain(reference);
    const match = await helperSide.match.offerToHelp({ needId, helperId });
    expect(await latestAudit()).toMatchObject({ action: "match.offered", actor: world.people.kingstonResident.email });

    // The need is a stranger's: the signed-in resident helps, so staff answer for the resident here.
    const staff = await on("kingston", world.people.kingstonStaff);
    expect((await staff.match.offersOfHelp({ reference })).offers.map((o) => o.matchId)).toEqual([match.id]);
    expect((await helperSide.match.matchDetails({ matchId: match.id })).contacts).toBeNull();
    expect(await latestAudit()).toMatchObject({ action: "need.viewed", subject: reference });
    await staff.match.acceptOfferOfHelp({ matchId: match.id });
    const after = await helperSide.match.matchDetails({ matchId: match.id });
    expect(after.contacts!.resident.id).toBe(residentId);
  });

  it("answer a match id from another council as not found", async () => {
    // Ids are per council: Richmond's match is made with an id Kingston has not used, so nothing there answers to it.
    const kingstonMost = await councilScope(world.database, "kingston").run(async (tx) => (await tx.select({ id: councilSchema.matches.id }).from(councilSchema.matches)).reduce((most, m) => Math.max(most, m.id), 0));
    let { matchId } = await sampleMatchOfHelp(world, "richmond", "offered", "offered");
    while (matchId <= kingstonMost) ({ matchId } = await sampleMatchOfHelp(world, "richmond", "offered", "offered"));
    const kingstonStaff = await on("kingston", world.people.kingstonStaff);
    const kingstonResident = await on("kingston", world.people.kingstonResident);
    expect(await codeOf(kingstonStaff.match.matchDetails({ matchId }))).toBe("NOT_FOUND");
    expect(await codeOf(kingstonStaff.match.acceptOfferOfHelp({ matchId }))).toBe("NOT_FOUND");
    expect(await codeOf(kingstonResident.match.declineOfferOfHelp({ matchId, reason: "" }))).toBe("NOT_FOUND");
    expect(await codeOf(kingstonResident.match.startHelp({ matchId }))).toBe("NOT_FOUND");
  });

  it("refuse an offer the caller cannot answer as not found, and an illegal step with a message", async () => {
    const { matchId } = await sampleMatchOfHelp(world, "kingston", "offered", "offered", true);
    const owner = await on("kingston", world.people.kingstonOwner);
    expect(await codeOf(owner.match.acceptOfferOfHelp({ matchId }))).toBe("NOT_FOUND");
    const ended = await sampleMatchOfHelp(world, "kingston", "ended", "done");
    const resident = await on("kingston", world.people.kingstonResident);
    const error = await resident.match.startHelp({ matchId: ended.matchId }).then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: "This offer has ended, so it cannot be started." });
  });
});
