import { councilSchema, InputError, type Tx } from "@lgp/db";
import { Temporal } from "@lgp/time";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addBookable, type BookableInput } from "../src/bookables";
import { confirmBooking } from "../src/changes";
import { BookingConflict } from "../src/errors";
import { holdTime } from "../src/hold";
import { bookSeries, planSeries } from "../src/series";
import { testCouncils } from "./support/councils";
import { aPerson, key, refusal } from "./support/seed";

const councils = testCouncils("booking-series", ["kingston", "richmond", "sutton", "merton", "ealing"]);
const { bookables, bookings, categories, helpers, matches, needs, offers } = councilSchema;

/** Sunday 1 March 2026: every session below is ahead of it and within the bookables' horizon. */
const NOW = Temporal.Instant.from("2026-03-01T12:00:00Z");
const at = (instant: string) => Temporal.Instant.from(instant);
const iso = (t: Temporal.Instant | Date | number) => new Date(t instanceof Temporal.Instant ? t.epochMilliseconds : t).toISOString().slice(0, 16) + "Z";
const centre = { postcode: "KT1 1EU", latitude: 51.41, longitude: -0.3 };

/**
 * A resident's need matched with a volunteer (the match `status`), and the volunteer's offer made
 * bookable 9 to 5 London time on weekdays, closed on bank holidays.
 */
async function aMatchWithOffer(tx: Tx, status: (typeof matches.$inferInsert)["status"] = "accepted", changes: Partial<BookableInput> = {}) {
  const [resident, volunteer, staff] = [await aPerson(tx, "Rita Resident"), await aPerson(tx, "Val Volunteer"), await aPerson(tx, "Sam Staff")];
  const unique = key();
  const [category] = await tx.insert(categories).values({ slug: `befriending-${unique}`, name: `Befriending ${unique}`, requiredCheck: "dbs_enhanced" }).returning();
  const [helper] = await tx.insert(helpers).values({ kind: "volunteer", personId: volunteer, publicName: "Val", status: "approved" }).returning();
  const [need] = await tx
    .insert(needs)
    .values({
      reference: `N-${key()}`.toUpperCase(),
      residentId: resident,
      categoryId: category!.id,
      description: "A chat over a cup of tea each week",
      ...centre,
      urgency: "within_weeks",
      createdBy: resident,
      expiresAt: new Date("2026-12-25T00:00:00Z"),
    })
    .returning();
  const [match] = await tx.insert(matches).values({ needId: need!.id, helperId: helper!.id, status, proposedBy: staff }).returning();
  const [offer] = await tx
    .insert(offers)
    .values({ helperId: helper!.id, categoryId: category!.id, title: "Weekly chat", description: "Tea and a chat", place: "At your home", ...centre, times: "Weekday mornings" })
    .returning();
  const bookable = await addBookable(tx, {
    kind: "offer",
    name: "Weekly chat with Val",
    offerId: offer!.id,
    helperId: helper!.id,
    location: "At your home",
    durationMinutes: 60,
    horizonDays: 400,
    weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "09:00", closes: "17:00" })),
    ...changes,
  });
  return { resident, staff, matchId: match!.id, bookableId: bookable.id };
}

async function bookingCount(tx: Tx): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(bookings);
  return row!.n;
}

/** Someone else books the time first. */
async function takenBySomeoneElse(tx: Tx, bookableId: number, startsAt: Temporal.Instant) {
  const other = await aPerson(tx, "Olive Other");
  const held = await holdTime(tx, { bookableId, startsAt, personId: other, bookedBy: other, idempotencyKey: key(), now: NOW });
  return confirmBooking(tx, held.id, NOW);
}

describe("planning a weekly series", () => {
  it("keeps a Tuesday 10am series at 10am London across the clocks going forward on 29 March", async () => {
    const { occurrences } = await councils.run("kingston", async (tx) => {
      const { matchId, bookableId } = await aMatchWithOffer(tx);
      return planSeries(tx, { matchId, bookableId, firstStart: at("2026-03-10T10:00:00Z"), weeks: 6, now: NOW });
    });
    expect(occurrences.map((o) => iso(o.startsAt))).toEqual([
      "2026-03-10T10:00Z",
      "2026-03-17T10:00Z",
      "2026-03-24T10:00Z",
      "2026-03-31T09:00Z",
      "2026-04-07T09:00Z",
      "2026-04-14T09:00Z",
    ]);
    expect(occurrences.every((o) => o.free)).toBe(true);
  });

  it("lists a bank holiday as closed and a time booked by someone else as taken, with the nearest free times, writing nothing", async () => {
    const result = await councils.run("richmond", async (tx) => {
      const { matchId, bookableId } = await aMatchWithOffer(tx);
      // Mondays at 10am London: 30 March, Easter Monday 6 April, 13 April (taken).
      await takenBySomeoneElse(tx, bookableId, at("2026-04-13T09:00:00Z"));
      const before = await bookingCount(tx);
      const plan = await planSeries(tx, { matchId, bookableId, firstStart: at("2026-03-30T09:00:00Z"), weeks: 3, now: NOW });
      return { plan, before, after: await bookingCount(tx) };
    });
    const [open, easter, taken] = result.plan.occurrences;
    expect(open).toMatchObject({ free: true, nearest: [] });
    expect(easter).toMatchObject({ free: false, reason: "Closed (Easter Monday)" });
    // Good Friday closes the Friday before, so the nearest are the Tuesday after.
    expect(easter!.nearest.map((s) => iso(s.start))).toEqual(["2026-04-07T08:00Z", "2026-04-07T09:00Z", "2026-04-07T10:00Z"]);
    expect(taken).toMatchObject({ free: false, reason: "Taken" });
    expect(taken!.nearest.map((s) => iso(s.start))).toEqual(["2026-04-13T08:00Z", "2026-04-13T10:00Z", "2026-04-13T11:00Z"]);
    expect(result.after).toBe(result.before);
  });

  it("says a time is outside its hours, too soon or too far ahead", async () => {
    const { occurrences } = await councils.run("richmond", async (tx) => {
      const { matchId, bookableId } = await aMatchWithOffer(tx, "accepted", { horizonDays: 14 });
      const evening = await planSeries(tx, { matchId, bookableId, firstStart: at("2026-03-03T19:00:00Z"), weeks: 1, now: NOW });
      const past = await planSeries(tx, { matchId, bookableId, firstStart: at("2026-02-24T10:00:00Z"), weeks: 1, now: NOW });
      const beyond = await planSeries(tx, { matchId, bookableId, firstStart: at("2026-03-10T10:00:00Z"), weeks: 2, now: NOW });
      return { occurrences: [...evening.occurrences, ...past.occurrences, ...beyond.occurrences] };
    });
    expect(occurrences.map((o) => o.reason)).toEqual(["Outside its hours", "Too soon", undefined, "Too far ahead"]);
  });
});

describe("booking a series", () => {
  it("books every session kept, confirmed for the resident against the match; a retry gets the same bookings", async () => {
    const result = await councils.run("sutton", async (tx) => {
      const { resident, staff, matchId, bookableId } = await aMatchWithOffer(tx);
      const { occurrences } = await planSeries(tx, { matchId, bookableId, firstStart: at("2026-03-10T10:00:00Z"), weeks: 6, now: NOW });
      // Staff drop the fourth week.
      const starts = occurrences.filter((_, i) => i !== 3).map((o) => o.startsAt);
      const series = { matchId, bookableId, starts, bookedBy: staff, idempotencyKey: key(), now: NOW };
      const booked = await bookSeries(tx, series);
      const again = await bookSeries(tx, series);
      return { resident, staff, matchId, booked, again, count: await bookingCount(tx) };
    });
    expect(result.booked.map((b) => iso(b.startsAt))).toEqual(["2026-03-10T10:00Z", "2026-03-17T10:00Z", "2026-03-24T10:00Z", "2026-04-07T09:00Z", "2026-04-14T09:00Z"]);
    for (const booking of result.booked) {
      expect(booking).toMatchObject({ status: "confirmed", matchId: result.matchId, personId: result.resident, bookedBy: result.staff });
    }
    expect(result.again.map((b) => b.id)).toEqual(result.booked.map((b) => b.id));
    expect(result.count).toBe(5);
  });

  it("leaves the sessions pending when the bookable needs approval", async () => {
    const booked = await councils.run("sutton", async (tx) => {
      const { staff, matchId, bookableId } = await aMatchWithOffer(tx, "accepted", { needsApproval: true });
      const starts = [at("2026-03-10T10:00:00Z"), at("2026-03-17T10:00:00Z")];
      return bookSeries(tx, { matchId, bookableId, starts, bookedBy: staff, idempotencyKey: key(), now: NOW });
    });
    expect(booked.map((b) => b.status)).toEqual(["pending", "pending"]);
  });

  it("books nothing when one session was taken meanwhile, and says which", async () => {
    const result = await councils.run("merton", async (tx) => {
      const { staff, matchId, bookableId } = await aMatchWithOffer(tx);
      const { occurrences } = await planSeries(tx, { matchId, bookableId, firstStart: at("2026-03-31T09:00:00Z"), weeks: 3, now: NOW });
      await takenBySomeoneElse(tx, bookableId, at("2026-04-07T09:00:00Z"));
      const before = await bookingCount(tx);
      const starts = occurrences.map((o) => o.startsAt);
      const error = await refusal<BookingConflict>(bookSeries(tx, { matchId, bookableId, starts, bookedBy: staff, idempotencyKey: key(), now: NOW }));
      const ours = await tx.select().from(bookings).where(eq(bookings.matchId, matchId));
      return { error, before, after: await bookingCount(tx), ours };
    });
    expect(result.error).toBeInstanceOf(BookingConflict);
    expect(result.error.message).toBe("The session on Tuesday 7 April 2026 at 10am has just been taken. Check the series again.");
    expect(result.error.nearest.map((s) => iso(s.start))).toEqual(["2026-04-07T08:00Z", "2026-04-07T10:00Z", "2026-04-07T11:00Z"]);
    expect(result.after).toBe(result.before);
    expect(result.ours).toEqual([]);
  });
});

describe("refusing a series", () => {
  it("refuses a match the resident has not accepted, or that does not exist", async () => {
    const errors = await councils.run("ealing", async (tx) => {
      const { staff, matchId, bookableId } = await aMatchWithOffer(tx, "offered");
      const firstStart = at("2026-03-10T10:00:00Z");
      return {
        plan: await refusal<InputError>(planSeries(tx, { matchId, bookableId, firstStart, weeks: 6, now: NOW })),
        book: await refusal<InputError>(bookSeries(tx, { matchId, bookableId, starts: [firstStart], bookedBy: staff, idempotencyKey: key(), now: NOW })),
        unknown: await refusal<InputError>(planSeries(tx, { matchId: matchId + 1000, bookableId, firstStart, weeks: 6, now: NOW })),
        count: await bookingCount(tx),
      };
    });
    expect(errors.plan).toBeInstanceOf(InputError);
    expect(errors.plan.message).toBe("Only a match the resident has accepted can be booked.");
    expect(errors.book.message).toBe("Only a match the resident has accepted can be booked.");
    expect(errors.unknown.message).toBe("There is no such match.");
    expect(errors.count).toBe(0);
  });

  it("refuses an archived bookable, another helper's offer and a number of weeks outside 1 to 52", async () => {
    const messages = await councils.run("ealing", async (tx) => {
      const ours = await aMatchWithOffer(tx);
      const theirs = await aMatchWithOffer(tx);
      const firstStart = at("2026-03-10T10:00:00Z");
      const plan = (bookableId: number, weeks = 6) => refusal<InputError>(planSeries(tx, { matchId: ours.matchId, bookableId, firstStart, weeks, now: NOW }));
      const results = [await plan(theirs.bookableId), await plan(ours.bookableId, 0), await plan(ours.bookableId, 53)];
      await tx.update(bookables).set({ status: "archived" }).where(eq(bookables.id, ours.bookableId));
      results.push(await plan(ours.bookableId));
      return results.map((e) => e.message);
    });
    expect(messages).toEqual([
      "That is another helper's offer. Choose this helper's offer or a room.",
      "Choose between 1 and 52 weeks.",
      "Choose between 1 and 52 weeks.",
      "That can no longer be booked. Choose something else.",
    ]);
  });
});
