import { councilSchema } from "@lgp/db";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { confirmBooking, rescheduleBooking } from "../src/changes";
import { BookingConflict } from "../src/errors";
import { holdTime } from "../src/hold";
import { testCouncils } from "./support/councils";
import { aPerson, aRoom, dec1, key, NOW, refusal } from "./support/seed";

const councils = testCouncils("booking-reschedule", ["kingston", "richmond", "sutton"]);
const { bookables, bookings } = councilSchema;

async function statusOf(tx: Parameters<Parameters<typeof councils.run>[1]>[0], id: number) {
  const [row] = await tx.select({ status: bookings.status }).from(bookings).where(eq(bookings.id, id));
  return row!.status;
}

describe("rescheduling", () => {
  it("takes the new time and gives up the old in one step; a retry gets the same move back", async () => {
    const result = await councils.run("kingston", async (tx) => {
      const rita = await aPerson(tx);
      const room = await aRoom(tx);
      const booked = await confirmBooking(tx, (await holdTime(tx, { bookableId: room.id, startsAt: dec1("10:00"), personId: rita, bookedBy: rita, idempotencyKey: key(), now: NOW })).id, NOW);
      const k = key();
      const moved = await rescheduleBooking(tx, booked.id, { startsAt: dec1("14:00"), by: rita, idempotencyKey: k, now: NOW });
      const again = await rescheduleBooking(tx, booked.id, { startsAt: dec1("14:00"), by: rita, idempotencyKey: k, now: NOW });
      return { moved, again, old: await statusOf(tx, booked.id) };
    });
    expect(result.moved).toMatchObject({ status: "confirmed", startsAt: new Date("2026-12-01T14:00:00Z") });
    expect(result.again.id).toBe(result.moved.id);
    expect(result.old).toBe("cancelled");
  });

  it("changes nothing when the new time is taken, and offers the nearest free times", async () => {
    const result = await councils.run("richmond", async (tx) => {
      const [rita, sam] = [await aPerson(tx), await aPerson(tx)];
      const room = await aRoom(tx);
      const ritas = await confirmBooking(tx, (await holdTime(tx, { bookableId: room.id, startsAt: dec1("10:00"), personId: rita, bookedBy: rita, idempotencyKey: key(), now: NOW })).id, NOW);
      await holdTime(tx, { bookableId: room.id, startsAt: dec1("14:00"), personId: sam, bookedBy: sam, idempotencyKey: key(), now: NOW });
      const error = await refusal<BookingConflict>(rescheduleBooking(tx, ritas.id, { startsAt: dec1("14:00"), by: rita, idempotencyKey: key(), now: NOW }));
      const [{ n }] = (await tx.execute(sql`select count(*)::int as n from bookings`)) as unknown as [{ n: number }];
      return { error, old: await statusOf(tx, ritas.id), n };
    });
    expect(result.error).toBeInstanceOf(BookingConflict);
    expect(result.error.message).toBe("That time has just been taken. Choose another time.");
    expect(result.error.nearest.map((s) => new Date(s.start).toISOString().slice(11, 16))).toEqual(["13:00", "15:00", "12:00"]);
    expect(result.old).toBe("confirmed");
    expect(result.n).toBe(2);
  });

  it("can move to a time overlapping the old one", async () => {
    const result = await councils.run("sutton", async (tx) => {
      const rita = await aPerson(tx);
      const room = await aRoom(tx);
      const booked = await confirmBooking(tx, (await holdTime(tx, { bookableId: room.id, startsAt: dec1("09:00"), personId: rita, bookedBy: rita, idempotencyKey: key(), now: NOW })).id, NOW);
      // The room now opens at half past nine, so its times are on the half hour.
      await tx.update(bookables).set({ weekly: [2].map((weekday) => ({ weekday, opens: "09:30", closes: "17:30" })) }).where(eq(bookables.id, room.id));
      const moved = await rescheduleBooking(tx, booked.id, { startsAt: dec1("09:30"), by: rita, idempotencyKey: key(), now: NOW });
      return { moved, old: await statusOf(tx, booked.id) };
    });
    expect(result.moved).toMatchObject({ status: "confirmed", startsAt: new Date("2026-12-01T09:30:00Z") });
    expect(result.old).toBe("cancelled");
  });
});
