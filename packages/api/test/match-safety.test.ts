import { confirmBooking, holdTime } from "@lgp/booking";
import { councilSchema, councilScope } from "@lgp/db";
import { Temporal } from "@lgp/time";
import { listAudit } from "@lgp/identity";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleOfferBookable, sampleTime } from "./support/booking-samples";
import { sampleConcern, sampleMatch } from "./support/safety-samples";
import { callerFor, createWorld, enrol, type World } from "./support/world";
import type { Person } from "../src/context";

let world: World;
let richmondLead: Person;
beforeAll(async () => {
  world = await createWorld("safety");
  richmondLead = await enrol(councilScope(world.database, "richmond"), "safeguarding@richmond.example", ["safeguarding_lead"]);
});
afterAll(() => world?.close());

const onKingston = async (person: Person | null) => callerFor(world, await world.site("kingston"), person);
const codeOf = (promise: Promise<unknown>) => promise.then(() => "allowed", (e: unknown) => (e instanceof TRPCError ? e.code : e));
const latestAudit = async () => {
  const scope = councilScope(world.database, "kingston");
  return (await scope.run((tx) => listAudit(tx, scope, {}, 1)))[0]!;
};

/** A confirmed booking tomorrow of an offer of `helperId`'s, made bookable: what a pause must put on hold too. */
async function helpersBooking(helperId: number): Promise<number> {
  const bookableId = await sampleOfferBookable(world, "kingston", helperId);
  return councilScope(world.database, "kingston").run(async (tx) => {
    const [resident] = await tx.insert(councilSchema.people).values({ email: `booked-${Date.now()}@example.com` }).returning();
    const held = await holdTime(tx, { bookableId, startsAt: Temporal.Instant.from(sampleTime()), personId: resident!.id, bookedBy: resident!.id, idempotencyKey: `pause-${Date.now()}` });
    return (await confirmBooking(tx, held.id)).id;
  });
}

const bookingStatus = (id: number) => councilScope(world.database, "kingston").run(async (tx) => (await tx.select().from(councilSchema.bookings)).find((b) => b.id === id)!.status);

describe("the safeguarding procedures", () => {
  it("let a safeguarding lead work the queue, and no other staff", async () => {
    const { reference } = await sampleConcern(world, "kingston");
    const lead = await onKingston(world.people.kingstonSafeguarding);
    expect((await lead.match.concerns({ status: "open" })).map((c) => c.reference)).toContain(reference);
    for (const person of [world.people.kingstonStaff, world.people.kingstonAdmin, world.people.kingstonResident]) {
      expect(await codeOf((await onKingston(person)).match.concerns({ status: "open" }))).toBe("FORBIDDEN");
      expect(await codeOf((await onKingston(person)).match.concern({ reference }))).toBe("FORBIDDEN");
    }
  });

  it("audit every look at a case and every change to it", async () => {
    const { reference } = await sampleConcern(world, "kingston");
    const lead = await onKingston(world.people.kingstonSafeguarding);
    await lead.match.concern({ reference });
    expect(await latestAudit()).toMatchObject({ action: "concern.viewed", subject: reference, actor: "safeguarding@kingston.example" });
    await lead.match.addConcernNote({ reference, note: "Called the resident." });
    expect(await latestAudit()).toMatchObject({ action: "concern.noted", subject: reference });
    await lead.match.closeConcern({ reference, outcome: "No further action." });
    expect(await latestAudit()).toMatchObject({ action: "concern.closed", subject: reference });
    expect(await lead.match.concern({ reference })).toMatchObject({ status: "closed", outcome: "No further action.", notes: [{ note: "Called the resident." }] });
  });

  it("pause and resume only the case's own helper, holding and restoring their match, with the case in the audit log", async () => {
    const { reference, helperId } = await sampleConcern(world, "kingston");
    const other = await sampleConcern(world, "kingston");
    const lead = await onKingston(world.people.kingstonSafeguarding);
    expect(await codeOf(lead.match.pauseHelper({ reference, helperId: other.helperId, reason: "Wrong helper" }))).toBe("NOT_FOUND");
    const bookingId = await helpersBooking(helperId);
    expect(await lead.match.pauseHelper({ reference, helperId, reason: "Looking into the concern" })).toEqual({ held: 1, heldBookings: 1 });
    expect(await bookingStatus(bookingId)).toBe("on_hold");
    expect(await latestAudit()).toMatchObject({ action: "helper.paused", detail: { helperId, concern: reference, reason: "Looking into the concern" } });
    expect((await lead.match.concern({ reference })).match).toMatchObject({ status: "on_hold", heldFrom: "accepted" });
    expect(await lead.match.resumeHelper({ reference, helperId })).toEqual({ resumed: 1, resumedBookings: 1 });
    expect(await bookingStatus(bookingId)).toBe("confirmed");
    expect(await latestAudit()).toMatchObject({ action: "helper.resumed", detail: { helperId, concern: reference } });
    expect((await lead.match.concern({ reference })).match).toMatchObject({ status: "accepted", heldFrom: null });
  });

  it("find no Kingston case from Richmond's site, even for Richmond's own safeguarding lead", async () => {
    const { reference, helperId } = await sampleConcern(world, "kingston");
    const lead = callerFor(world, await world.site("richmond"), richmondLead);
    expect(await codeOf(lead.match.concern({ reference }))).toBe("NOT_FOUND");
    expect(await codeOf(lead.match.addConcernNote({ reference, note: "x" }))).toBe("NOT_FOUND");
    expect(await codeOf(lead.match.pauseHelper({ reference, helperId, reason: "x" }))).toBe("NOT_FOUND");
    expect((await lead.match.concerns({ status: "open" })).map((c) => c.reference)).not.toContain(reference);
  });
});

describe("raising a concern and rating help", () => {
  it("are open to the match's resident, and to no one outside it", async () => {
    const { matchId } = await sampleMatch(world, "kingston");
    const raised = await (await onKingston(world.people.kingstonResident)).match.raiseConcern({ matchId, details: "They asked for money." });
    expect(raised.reference).toMatch(/^SG-/);
    expect(await latestAudit()).toMatchObject({ action: "concern.raised", subject: raised.reference, actor: "resident@kingston.example" });
    expect(await codeOf((await onKingston(world.people.kingstonOwner)).match.raiseConcern({ matchId, details: "Not mine" }))).toBe("NOT_FOUND");
    expect(await codeOf((await onKingston(world.people.kingstonOwner)).match.matchSafety({ matchId }))).toBe("NOT_FOUND");

    const ended = await sampleMatch(world, "kingston", "ended");
    expect(await codeOf((await onKingston(world.people.kingstonOwner)).match.rateHelp({ matchId: ended.matchId, stars: 1, comment: "" }))).toBe("NOT_FOUND");
    const resident = await onKingston(world.people.kingstonResident);
    expect(await resident.match.matchSafety({ matchId: ended.matchId })).toMatchObject({ canRate: true, rating: null });
    await resident.match.rateHelp({ matchId: ended.matchId, stars: 5, comment: "Lovely." });
    expect(await resident.match.matchSafety({ matchId: ended.matchId })).toMatchObject({ canRate: false, rating: { stars: 5, comment: "Lovely." } });
    expect(await codeOf(resident.match.rateHelp({ matchId: ended.matchId, stars: 4, comment: "" }))).toBe("BAD_REQUEST");
  });

  it("keep what a concern says out of the audit log", async () => {
    const { matchId } = await sampleMatch(world, "kingston");
    await (await onKingston(world.people.kingstonResident)).match.raiseConcern({ matchId, details: "A private worry." });
    expect(JSON.stringify(await latestAudit())).not.toContain("private worry");
  });
});
