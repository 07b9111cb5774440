import { councilSchema, InputError, type Tx } from "@lgp/db";
import { Temporal } from "@lgp/time";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cancelBooking, confirmBooking, decideBooking, rescheduleBooking } from "../src/changes";
import { BookingConflict } from "../src/errors";
import { holdTime } from "../src/hold";
import { freeTimesTogether, holdTogether } from "../src/together";
import { testCouncils } from "./support/councils";
import { aBooking, aHelperOffer, aPerson, aRoom, dec1, key, NOW, refusal } from "./support/seed";

const councils = testCouncils("booking-together", ["kingston", "richmond", "sutton", "merton", "ealing", "bromley", "harrow"]);
const { bookings } = councilSchema;
const DEC1 = Temporal.PlainDate.from("2026-12-01");
const hhmm = (ms: number | Date) => new Date(ms).toISOString().slice(11, 16);

async function countBookings(tx: Tx): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(bookings);
  return row!.n;
}

async function statusOf(tx: Tx, id: number) {
  const [row] = await tx.select({ status: bookings.status }).from(bookings).where(eq(bookings.id, id));
  return row!.status;
}

/** Rita, Aisha's offer and the community room. */
async function ritaAishaAndRoom(tx: Tx, room: Parameters<typeof aRoom>[1] = {}) {
  return { rita: await aPerson(tx, "Rita"), aisha: (await aHelperOffer(tx, "Aisha")).bookable, room: await aRoom(tx, room) };
}

const together = (aishaId: number, roomId: number, rita: number, startsAt = dec1("10:00"), idempotencyKey = key()) => ({
  personBookableId: aishaId,
  roomBookableId: roomId,
  startsAt,
  personId: rita,
  bookedBy: rita,
  idempotencyKey,
  now: NOW,
});

describe("a person and a room together", () => {
  it("holds both from the same start, each linked to the person's booking, and gives a retry the same two", async () => {
    const result = await councils.run("kingston", async (tx) => {
      const { rita, aisha, room } = await ritaAishaAndRoom(tx, { durationMinutes: 90 });
      const k = key();
      // The room's hour and a half times start at 9:00, 10:30 and 12:00: midday suits both.
      const first = await holdTogether(tx, together(aisha.id, room.id, rita, dec1("12:00"), k));
      const again = await holdTogether(tx, together(aisha.id, room.id, rita, dec1("12:00"), k));
      return { first, again, count: await countBookings(tx) };
    });
    const { person, room } = result.first;
    expect(person).toMatchObject({ status: "held", togetherWith: person.id, startsAt: new Date("2026-12-01T12:00:00Z"), endsAt: new Date("2026-12-01T13:00:00Z") });
    expect(room).toMatchObject({ status: "held", togetherWith: person.id, startsAt: new Date("2026-12-01T12:00:00Z"), endsAt: new Date("2026-12-01T13:30:00Z") });
    expect([result.again.person.id, result.again.room.id]).toEqual([person.id, room.id]);
    expect(result.count).toBe(2);
  });

  it("holds neither when the room is taken, naming the room and offering the nearest times free for both", async () => {
    const result = await councils.run("richmond", async (tx) => {
      const { rita, aisha, room } = await ritaAishaAndRoom(tx);
      const [sam, tom] = [await aPerson(tx), await aPerson(tx)];
      await aBooking(tx, room.id, sam, dec1("10:00"));
      await aBooking(tx, aisha.id, tom, dec1("11:00"));
      const error = await refusal<BookingConflict>(holdTogether(tx, together(aisha.id, room.id, rita)));
      return { error, ritas: (await tx.select().from(bookings).where(eq(bookings.personId, rita))).length, count: await countBookings(tx) };
    });
    expect(result.error).toBeInstanceOf(BookingConflict);
    expect(result.error.message).toBe("The room is taken at that time. Choose another time.");
    // 11:00 suits the room but not Aisha; 10:00 suits Aisha but not the room.
    expect(result.error.nearest.map((s) => hhmm(s.start))).toEqual(["09:00", "12:00", "13:00"]);
    expect(result.ritas).toBe(0);
    expect(result.count).toBe(2);
  });

  it("names the helper when it is they who are not free, holding neither", async () => {
    const result = await councils.run("sutton", async (tx) => {
      const { rita, aisha, room } = await ritaAishaAndRoom(tx);
      await aBooking(tx, aisha.id, await aPerson(tx), dec1("10:00"));
      const error = await refusal<BookingConflict>(holdTogether(tx, together(aisha.id, room.id, rita)));
      return { error, count: await countBookings(tx) };
    });
    expect(result.error).toBeInstanceOf(BookingConflict);
    expect(result.error.message).toBe("Aisha is not free at that time. Choose another time.");
    expect(result.error.nearest.map((s) => hhmm(s.start))).toEqual(["09:00", "11:00", "12:00"]);
    expect(result.count).toBe(1);
  });

  it("finds the person's times the room is free from the same start for at least as long, and refuses a room booked for less", async () => {
    const result = await councils.run("merton", async (tx) => {
      const rita = await aPerson(tx);
      const { bookable: aisha } = await aHelperOffer(tx, "Aisha", { durationMinutes: 30 });
      const room = await aRoom(tx);
      await aBooking(tx, room.id, rita, dec1("10:00"));
      const free = await freeTimesTogether(tx, aisha, room, { from: DEC1, to: DEC1, now: NOW });
      const shortRoom = await aRoom(tx, { durationMinutes: 20 });
      const tooShort = await refusal(holdTogether(tx, together(aisha.id, shortRoom.id, rita, dec1("11:00"))));
      return { free, tooShort };
    });
    expect(result.free.map((s) => `${hhmm(s.start)}-${hhmm(s.end)}`)).toEqual(["09:00-09:30", "11:00-11:30", "12:00-12:30", "13:00-13:30", "14:00-14:30", "15:00-15:30", "16:00-16:30"]);
    expect(result.tooShort).toBeInstanceOf(InputError);
    expect((result.tooShort as Error).message).toBe("That room cannot be booked for as long as the appointment. Choose another room.");
  });

  it("confirms both when one is confirmed, the room pending where it needs approval until staff approve it", async () => {
    const result = await councils.run("ealing", async (tx) => {
      const { rita, aisha, room } = await ritaAishaAndRoom(tx);
      const plain = await holdTogether(tx, together(aisha.id, room.id, rita));
      await confirmBooking(tx, plain.room.id, NOW);
      const approvedRoom = await aRoom(tx, { name: "Council chamber", needsApproval: true });
      const vetted = await holdTogether(tx, together(aisha.id, approvedRoom.id, rita, dec1("14:00")));
      await confirmBooking(tx, vetted.person.id, NOW);
      const waiting = [await statusOf(tx, vetted.person.id), await statusOf(tx, vetted.room.id)];
      await decideBooking(tx, vetted.room.id, "approve", rita, NOW);
      return {
        plain: [await statusOf(tx, plain.person.id), await statusOf(tx, plain.room.id)],
        waiting,
        approved: [await statusOf(tx, vetted.person.id), await statusOf(tx, vetted.room.id)],
      };
    });
    expect(result.plain).toEqual(["confirmed", "confirmed"]);
    expect(result.waiting).toEqual(["confirmed", "pending"]);
    expect(result.approved).toEqual(["confirmed", "confirmed"]);
  });

  it("cancels both when one is cancelled, freeing the room at once", async () => {
    const result = await councils.run("bromley", async (tx) => {
      const { rita, aisha, room } = await ritaAishaAndRoom(tx);
      const pair = await holdTogether(tx, together(aisha.id, room.id, rita));
      await confirmBooking(tx, pair.person.id, NOW);
      await cancelBooking(tx, pair.person.id, rita, NOW);
      const sam = await aPerson(tx);
      const samsRoom = await holdTime(tx, { bookableId: room.id, startsAt: dec1("10:00"), personId: sam, bookedBy: sam, idempotencyKey: key(), now: NOW });
      return { statuses: [await statusOf(tx, pair.person.id), await statusOf(tx, pair.room.id)], samsRoom };
    });
    expect(result.statuses).toEqual(["cancelled", "cancelled"]);
    expect(result.samsRoom.status).toBe("held");
  });

  it("moves both to the new time or neither: a room taken at the new time changes nothing", async () => {
    const result = await councils.run("harrow", async (tx) => {
      const { rita, aisha, room } = await ritaAishaAndRoom(tx);
      const pair = await holdTogether(tx, together(aisha.id, room.id, rita));
      await confirmBooking(tx, pair.person.id, NOW);
      const moved = await rescheduleBooking(tx, pair.person.id, { startsAt: dec1("14:00"), by: rita, idempotencyKey: key(), now: NOW });
      const [movedRoom] = await tx.select().from(bookings).where(sql`bookable_id = ${room.id} and status = 'confirmed'`);
      await aBooking(tx, room.id, await aPerson(tx), dec1("15:00"));
      const before = await countBookings(tx);
      const error = await refusal<BookingConflict>(rescheduleBooking(tx, movedRoom!.id, { startsAt: dec1("15:00"), by: rita, idempotencyKey: key(), now: NOW }));
      return {
        moved,
        movedRoom: movedRoom!,
        old: [await statusOf(tx, pair.person.id), await statusOf(tx, pair.room.id)],
        error,
        after: { count: await countBookings(tx), before, statuses: [await statusOf(tx, moved.id), await statusOf(tx, movedRoom!.id)] },
      };
    });
    expect(result.moved).toMatchObject({ status: "confirmed", startsAt: new Date("2026-12-01T14:00:00Z"), togetherWith: result.moved.id });
    expect(result.movedRoom).toMatchObject({ status: "confirmed", startsAt: new Date("2026-12-01T14:00:00Z"), togetherWith: result.moved.id });
    expect(result.old).toEqual(["cancelled", "cancelled"]);
    expect(result.error).toBeInstanceOf(BookingConflict);
    expect(result.error.message).toBe("The room is taken at that time. Choose another time.");
    // The pair's own 14:00 is free to them; 15:00 is the room's other booking.
    expect(result.error.nearest.map((s) => hhmm(s.start))).toEqual(["14:00", "16:00", "13:00"]);
    expect(result.after.count).toBe(result.after.before);
    expect(result.after.statuses).toEqual(["confirmed", "confirmed"]);
  });
});
