import { councilSchema, councilScope } from "@lgp/db";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleBookable, sampleBooking, sampleOfferBookable, sampleTime } from "./support/booking-samples";
import { sampleMatchOfHelp } from "./support/matching-samples";
import { callerFor, createWorld, type World } from "./support/world";
import { failure } from "./support/refusal";

let world: World;
beforeAll(async () => {
  world = await createWorld("booking");
});
afterAll(() => world?.close());


const key = () => `key-${Math.random().toString(36).slice(2)}-${Date.now()}`;

describe("booking through the API", () => {
  it("lists a room's times, holds one for the resident, confirms it, lists it as theirs and cancels it", async () => {
    const bookableId = await sampleBookable(world, "kingston");
    const anyone = callerFor(world, await world.site("kingston"), null);
    const { days } = await anyone.booking.times({ bookableId });
    expect(days).toHaveLength(7);
    const tomorrow = days[1]!;
    expect(tomorrow.free.map((t) => t.start)).toContain(Date.parse(sampleTime(1, 10)));

    const resident = callerFor(world, await world.site("kingston"), world.people.kingstonResident);
    const held = await resident.booking.hold({ bookableId, startsAt: sampleTime(1, 10), idempotencyKey: key() });
    expect(held.status).toBe("held");
    expect((await resident.booking.confirm({ bookingId: held.id })).status).toBe("confirmed");
    expect((await resident.booking.mine()).map((b) => b.id)).toContain(held.id);
    expect((await resident.booking.cancel({ bookingId: held.id })).status).toBe("cancelled");
  });

  it("answers a time that has gone with a 409, its message and the nearest free times, never a 500", async () => {
    const bookableId = await sampleBookable(world, "kingston");
    const staff = callerFor(world, await world.site("kingston"), world.people.kingstonStaff);
    await staff.booking.hold({ bookableId, startsAt: sampleTime(1, 10), idempotencyKey: key(), residentEmail: "someone.else@example.com" });
    const resident = callerFor(world, await world.site("kingston"), world.people.kingstonResident);
    const error = await resident.booking.hold({ bookableId, startsAt: sampleTime(1, 10), idempotencyKey: key() }).then(
      () => null,
      (e: unknown) => e as TRPCError,
    );
    if (!error) throw new Error("The taken time was held twice");
    expect(error).toBeInstanceOf(TRPCError);
    expect({ code: error.code, message: error.message }).toEqual({ code: "CONFLICT", message: "That time has just been taken. Choose another time." });
    expect((error.cause as unknown as { suggestions: { startsAt: string }[] }).suggestions.map((s) => s.startsAt)).toContain(new Date(sampleTime(1, 11)).toISOString());
  });

  it("lets staff book for a resident by email, and no one else", async () => {
    const bookableId = await sampleBookable(world, "kingston");
    const staff = callerFor(world, await world.site("kingston"), world.people.kingstonStaff);
    const held = await staff.booking.hold({ bookableId, startsAt: sampleTime(2, 10), idempotencyKey: key(), residentEmail: "Walk.In@Example.com" });
    const people = await councilScope(world.database, "kingston").run((tx) => tx.select().from(councilSchema.people));
    expect(people.find((p) => p.id === held.personId)!.email).toBe("walk.in@example.com");
    expect(held.bookedBy).toBe(world.people.kingstonStaff.id);
    const resident = callerFor(world, await world.site("kingston"), world.people.kingstonResident);
    expect(await failure(resident.booking.hold({ bookableId, startsAt: sampleTime(2, 11), idempotencyKey: key(), residentEmail: "walk.in@example.com" }))).toEqual({
      code: "FORBIDDEN",
      message: "Only the council's staff can book for someone else.",
    });
  });

  it("keeps each booking to its person and the council's staff: anyone else is told there is no such booking", async () => {
    const bookingId = await sampleBooking(world, "kingston");
    const owner = callerFor(world, await world.site("kingston"), world.people.kingstonOwner);
    expect(await failure(owner.booking.details({ bookingId }))).toEqual({ code: "NOT_FOUND", message: "There is no such booking. Check the link and try again." });
    expect(await failure(owner.booking.cancel({ bookingId }))).toMatchObject({ code: "NOT_FOUND" });
    const staff = callerFor(world, await world.site("kingston"), world.people.kingstonStaff);
    expect((await staff.booking.details({ bookingId })).id).toBe(bookingId);
  });

  it("finds no Kingston booking or bookable on Richmond's site, for its admin or anyone", async () => {
    const bookingId = await sampleBooking(world, "kingston");
    const kingston = callerFor(world, await world.site("kingston"), world.people.kingstonStaff);
    const theirs = await kingston.booking.details({ bookingId });
    // Ids are each council's own: the same number on Richmond's site can only ever be one of Richmond's.
    const richmondAdmin = callerFor(world, await world.site("richmond"), world.people.richmondAdmin);
    const seen = await richmondAdmin.booking.details({ bookingId }).then(
      (b) => b.reference,
      (e: TRPCError) => e.code,
    );
    expect(seen).not.toBe(theirs.reference);
    const anyone = callerFor(world, await world.site("richmond"), null);
    expect((await anyone.booking.bookables()).map((b) => b.name)).not.toContain(theirs.bookable.name);
    const week = await richmondAdmin.booking.staffBookings({ from: theirs.startsAt.toISOString().slice(0, 10), days: 7 });
    expect(week.map((b) => b.reference)).not.toContain(theirs.reference);
  });

  it("gives a person a private calendar feed that works on their council's site only, until they replace it", async () => {
    const bookingId = await sampleBooking(world, "kingston", "confirmed");
    const resident = callerFor(world, await world.site("kingston"), world.people.kingstonResident);
    const { url } = await resident.booking.createCalendarFeed();
    const token = url.split("/calendar/")[1]!;
    const anyone = callerFor(world, await world.site("kingston"), null);
    const { reference } = await resident.booking.details({ bookingId });
    expect(await anyone.booking.calendarFeed({ token })).toContain(`UID:${reference}@`);
    const onRichmond = callerFor(world, await world.site("richmond"), null);
    expect(await failure(onRichmond.booking.calendarFeed({ token }))).toEqual({ code: "NOT_FOUND", message: "There is no such calendar. Check the link and try again." });
    await resident.booking.createCalendarFeed();
    expect(await failure(anyone.booking.calendarFeed({ token }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("puts a resident on a full time's waiting list, and refuses one that still has places", async () => {
    const bookableId = await sampleBookable(world, "kingston");
    const staff = callerFor(world, await world.site("kingston"), world.people.kingstonStaff);
    await staff.booking.hold({ bookableId, startsAt: sampleTime(3, 10), idempotencyKey: key(), residentEmail: "first@example.com" });
    const resident = callerFor(world, await world.site("kingston"), world.people.kingstonResident);
    expect((await resident.booking.joinWaitlist({ bookableId, startsAt: sampleTime(3, 10) })).position).toBe(1);
    expect(await failure(resident.booking.joinWaitlist({ bookableId, startsAt: sampleTime(3, 11) }))).toEqual({ code: "BAD_REQUEST", message: "That time still has places. Book it instead." });
  });
});

describe("sessions from a match", () => {
  it("checks a weekly series week by week, naming each week it cannot have, then books the weeks staff keep and emails the resident", async () => {
    const { matchId } = await sampleMatchOfHelp(world, "kingston", "accepted", "matched");
    const bookableId = await sampleBookable(world, "kingston");
    const staff = callerFor(world, await world.site("kingston"), world.people.kingstonStaff);
    expect((await staff.booking.matchBookables({ matchId })).map((b) => b.id)).toContain(bookableId);
    await staff.booking.hold({ bookableId, startsAt: sampleTime(8), idempotencyKey: key(), residentEmail: "in.the.way@example.com" });
    const plan = await staff.booking.planSeries({ matchId, bookableId, firstStart: sampleTime(1), weeks: 3 });
    expect(plan.map((o) => [o.free, o.reason])).toEqual([
      [true, null],
      [false, "Taken"],
      [true, null],
    ]);
    expect(plan[1]!.nearest.length).toBeGreaterThan(0);
    const booked = await staff.booking.bookSeries({ matchId, bookableId, starts: plan.filter((o) => o.free).map((o) => o.startsAt), idempotencyKey: key() });
    expect(booked.map((b) => [b.status, b.matchId])).toEqual([
      ["confirmed", matchId],
      ["confirmed", matchId],
    ]);
    const resident = callerFor(world, await world.site("kingston"), world.people.kingstonResident);
    expect(await failure(resident.booking.planSeries({ matchId, bookableId, firstStart: sampleTime(1), weeks: 3 }))).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("a person and a room together", () => {
  it("finds the times both are free, and holds both or neither", async () => {
    const personBookableId = await sampleOfferBookable(world, "kingston");
    const roomBookableId = await sampleBookable(world, "kingston");
    const staff = callerFor(world, await world.site("kingston"), world.people.kingstonStaff);
    await staff.booking.hold({ bookableId: roomBookableId, startsAt: sampleTime(1, 11), idempotencyKey: key(), residentEmail: "room.user@example.com" });
    const { days } = await staff.booking.timesTogether({ personBookableId, roomBookableId });
    const tomorrow = days[1]!.free.map((s) => s.start);
    expect(tomorrow).toContain(Date.parse(sampleTime(1, 10)));
    expect(tomorrow).not.toContain(Date.parse(sampleTime(1, 11)));
    const resident = callerFor(world, await world.site("kingston"), world.people.kingstonResident);
    const { person, room } = await resident.booking.holdTogether({ personBookableId, roomBookableId, startsAt: sampleTime(1, 10), idempotencyKey: key() });
    expect(room.togetherWith).toBe(person.id);
    const error = await failure(resident.booking.holdTogether({ personBookableId, roomBookableId, startsAt: sampleTime(1, 11), idempotencyKey: key() }));
    expect(error).toEqual({ code: "CONFLICT", message: "The room is taken at that time. Choose another time." });
    expect((await resident.booking.mine()).filter((b) => b.startsAt.getTime() === Date.parse(sampleTime(1, 11)))).toEqual([]);
  });
});
