import { councilSchema, InputError } from "@lgp/db";
import { Temporal } from "@lgp/time";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cancelBooking, confirmBooking, decideBooking } from "../src/changes";
import { BookingConflict, sqlState } from "../src/errors";
import { holdTime } from "../src/hold";
import { testCouncils } from "./support/councils";
import { aPerson, aRoom, dec1, key, NOW, refusal } from "./support/seed";

const councils = testCouncils("booking-holds", ["kingston", "richmond", "sutton", "merton", "ealing", "bromley"]);
const iso = (d: Date) => d.toISOString();

describe("holding and confirming a time", () => {
  it("holds a free time for the council's minutes, then confirms it, or leaves it pending when it needs approval", async () => {
    const { held, confirmed, pending, approved } = await councils.run("kingston", async (tx) => {
      const rita = await aPerson(tx, "Rita");
      const room = await aRoom(tx);
      const held = await holdTime(tx, { bookableId: room.id, startsAt: dec1("10:00"), personId: rita, bookedBy: rita, idempotencyKey: key(), now: NOW });
      const confirmed = await confirmBooking(tx, held.id, NOW.add({ minutes: 5 }));
      const assessed = await aRoom(tx, { kind: "session", name: "Assessment clinic", needsApproval: true, capacity: 4 });
      const waiting = await holdTime(tx, { bookableId: assessed.id, startsAt: dec1("10:00"), personId: rita, bookedBy: rita, idempotencyKey: key(), now: NOW });
      const pending = await confirmBooking(tx, waiting.id, NOW);
      const approved = await decideBooking(tx, pending.id, "approve", rita, NOW);
      return { held, confirmed, pending, approved };
    });
    expect(held).toMatchObject({ status: "held", reference: expect.stringMatching(/^BK-[0-9A-Z]{4}-[0-9A-Z]{4}$/) });
    expect(iso(held.startsAt)).toBe("2026-12-01T10:00:00.000Z");
    expect(iso(held.holdExpiresAt!)).toBe("2026-11-24T12:10:00.000Z");
    expect(confirmed).toMatchObject({ status: "confirmed", holdExpiresAt: null });
    expect(pending.status).toBe("pending");
    expect(approved.status).toBe("confirmed");
  });

  it("gives a retried request its booking back, never a second one, and refuses a key used for another time", async () => {
    const result = await councils.run("richmond", async (tx) => {
      const rita = await aPerson(tx);
      const room = await aRoom(tx);
      const k = key();
      const first = await holdTime(tx, { bookableId: room.id, startsAt: dec1("10:00"), personId: rita, bookedBy: rita, idempotencyKey: k, now: NOW });
      const again = await holdTime(tx, { bookableId: room.id, startsAt: dec1("10:00"), personId: rita, bookedBy: rita, idempotencyKey: k, now: NOW });
      const other = await refusal(holdTime(tx, { bookableId: room.id, startsAt: dec1("11:00"), personId: rita, bookedBy: rita, idempotencyKey: k, now: NOW }));
      const [{ count }] = (await tx.execute(sql`select count(*)::int as count from bookings`)) as unknown as [{ count: number }];
      return { first, again, other, count };
    });
    expect(result.again.id).toBe(result.first.id);
    expect(result.count).toBe(1);
    expect(result.other).toBeInstanceOf(InputError);
  });

  it("refuses a time that is taken, closed or not one of the times, offering the nearest free ones", async () => {
    const errors = await councils.run("sutton", async (tx) => {
      const [rita, sam] = [await aPerson(tx), await aPerson(tx)];
      const room = await aRoom(tx);
      await holdTime(tx, { bookableId: room.id, startsAt: dec1("12:00"), personId: rita, bookedBy: rita, idempotencyKey: key(), now: NOW });
      const attempt = (startsAt: Temporal.Instant) =>
        refusal<BookingConflict>(holdTime(tx, { bookableId: room.id, startsAt, personId: sam, bookedBy: sam, idempotencyKey: key(), now: NOW }));
      return { taken: await attempt(dec1("12:00")), offGrid: await attempt(dec1("12:30")), night: await attempt(dec1("20:00")) };
    });
    for (const error of Object.values(errors)) expect(error).toBeInstanceOf(BookingConflict);
    expect(errors.taken.message).toBe("That time has just been taken. Choose another time.");
    expect(errors.taken.nearest.map((s) => new Date(s.start).toISOString().slice(11, 16))).toEqual(["11:00", "13:00", "10:00"]);
    expect(errors.offGrid.message).toBe("That time cannot be booked. Choose one of the times shown.");
    expect(errors.night.nearest.map((s) => new Date(s.start).toISOString().slice(11, 16))).toEqual(["16:00", "15:00", "14:00"]);
  });

  it("lets a hold that ran out go: someone else can take the time, and confirming it says to choose again", async () => {
    const result = await councils.run("merton", async (tx) => {
      const [rita, sam] = [await aPerson(tx), await aPerson(tx)];
      const room = await aRoom(tx);
      const ritas = await holdTime(tx, { bookableId: room.id, startsAt: dec1("10:00"), personId: rita, bookedBy: rita, idempotencyKey: key(), now: NOW });
      const later = NOW.add({ minutes: 11 });
      const sams = await holdTime(tx, { bookableId: room.id, startsAt: dec1("10:00"), personId: sam, bookedBy: sam, idempotencyKey: key(), now: later });
      const tooLate = await refusal<Error>(confirmBooking(tx, ritas.id, later));
      const [again] = await tx.select().from(councilSchema.bookings).where(sql`id = ${ritas.id}`);
      return { sams, tooLate, status: again!.status };
    });
    expect(result.sams.status).toBe("held");
    expect(result.status).toBe("expired");
    expect(result.tooLate.message).toBe("Your hold on that time ran out. Choose a time again.");
  });

  it("frees a cancelled time at once", async () => {
    const sams = await councils.run("ealing", async (tx) => {
      const [rita, sam] = [await aPerson(tx), await aPerson(tx)];
      const room = await aRoom(tx);
      const ritas = await holdTime(tx, { bookableId: room.id, startsAt: dec1("10:00"), personId: rita, bookedBy: rita, idempotencyKey: key(), now: NOW });
      await cancelBooking(tx, ritas.id, rita, NOW);
      return holdTime(tx, { bookableId: room.id, startsAt: dec1("10:00"), personId: sam, bookedBy: sam, idempotencyKey: key(), now: NOW });
    });
    expect(sams.status).toBe("held");
  });

  it("has the database refuse two overlapping bookings of a one-at-a-time bookable, buffers included, whatever the code does", async () => {
    const state = await councils.run("bromley", async (tx) => {
      const rita = await aPerson(tx);
      const room = await aRoom(tx, { bufferAfterMinutes: 15 });
      const row = (from: string, until: string) => ({
        reference: `BK-TEST-${(Math.random() * 1e4).toFixed(0).padStart(4, "0")}`,
        bookableId: room.id, personId: rita, bookedBy: rita, idempotencyKey: key(), exclusive: true, status: "confirmed" as const,
        startsAt: new Date(from), endsAt: new Date(until), blockedFrom: new Date(from), blockedUntil: new Date(Date.parse(until) + 15 * 60_000),
      });
      await tx.insert(councilSchema.bookings).values(row("2026-12-01T10:00:00Z", "2026-12-01T11:00:00Z"));
      // Starts as the first ends, but inside its 15 minutes kept clear.
      return tx.transaction((inner) => inner.insert(councilSchema.bookings).values(row("2026-12-01T11:00:00Z", "2026-12-01T12:00:00Z"))).then(() => "inserted", (e: unknown) => sqlState(e));
    });
    expect(state).toBe("23P01");
  });
});
