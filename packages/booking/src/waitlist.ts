import { councilSchema, InputError, type Tx } from "@lgp/db";
import { inLondon, Temporal } from "@lgp/time";
import { and, asc, eq, gt, inArray, lte, or } from "drizzle-orm";
import { bookableById, type Bookable } from "./bookables";
import { cancelBooking } from "./changes";
import { BookingConflict } from "./errors";
import { freeTimes } from "./free-times";
import { expireHolds, holdTime } from "./hold";
import type { Slot } from "./slots";

const { bookings, waitlistEntries } = councilSchema;
export type WaitlistEntry = typeof waitlistEntries.$inferSelect;

/**
 * How long a place offered from the waitlist is held. Longer than the council's hold, which is minutes
 * for someone at the screen choosing a time: this person hears by email and needs time to read it.
 */
export const WAITLIST_HOLD_MINUTES = 24 * 60;

/** A place offered to the first person waiting: the hold made for them, to email them about. */
export interface WaitlistOffer {
  entryId: number;
  bookingId: number;
  personId: number;
  startsAt: Temporal.Instant;
  holdExpiresAt: Temporal.Instant;
}

const inQueue = inArray(waitlistEntries.status, ["waiting", "offered"]);
const instant = (at: Date) => Temporal.Instant.fromEpochMilliseconds(at.getTime());

/** The bookable's time starting at `startsAt`, free or (with `ignoringBookings`) any it offers. */
async function timeAt(tx: Tx, bookable: Bookable, startsAt: Temporal.Instant, now: Temporal.Instant, ignoringBookings = false): Promise<Slot | undefined> {
  const day = inLondon(startsAt).toPlainDate();
  const times = await freeTimes(tx, bookable, { from: day, to: day, now, ignoringBookings });
  return times.find((slot) => slot.start === startsAt.epochMilliseconds);
}

/**
 * The person's own booking of that time, made or waiting for approval, if they have one. A hold of
 * their own is not yet a booking: it may run out.
 */
async function bookingOf(tx: Tx, bookableId: number, startsAt: Date, personId: number): Promise<{ id: number } | undefined> {
  const [row] = await tx
    .select({ id: bookings.id })
    .from(bookings)
    .where(
      and(
        eq(bookings.bookableId, bookableId),
        eq(bookings.startsAt, startsAt),
        eq(bookings.personId, personId),
        inArray(bookings.status, ["pending", "confirmed", "on_hold"]),
      ),
    );
  return row;
}

/** Where the entry stands in its time's queue, counting from 1; someone offered a place is still ahead until they take it or it lapses. */
async function positionOf(tx: Tx, entry: WaitlistEntry): Promise<number> {
  const queue = await tx
    .select({ id: waitlistEntries.id })
    .from(waitlistEntries)
    .where(and(eq(waitlistEntries.bookableId, entry.bookableId), eq(waitlistEntries.startsAt, entry.startsAt), inQueue))
    .orderBy(asc(waitlistEntries.createdAt), asc(waitlistEntries.id));
  return queue.findIndex((row) => row.id === entry.id) + 1;
}

async function entryInQueue(tx: Tx, bookableId: number, startsAt: Date, personId: number): Promise<WaitlistEntry | undefined> {
  const [row] = await tx
    .select()
    .from(waitlistEntries)
    .where(and(eq(waitlistEntries.bookableId, bookableId), eq(waitlistEntries.startsAt, startsAt), eq(waitlistEntries.personId, personId), inQueue));
  return row;
}

/**
 * Puts a person on the waitlist for a time that is full. A time with a place free is to be booked, not
 * waited for; joining again gives back the place they already have in the queue.
 */
export async function joinWaitlist(
  tx: Tx,
  wanted: { bookableId: number; startsAt: Temporal.Instant; personId: number; now: Temporal.Instant },
): Promise<{ entry: WaitlistEntry; position: number }> {
  const startsAt = new Date(wanted.startsAt.epochMilliseconds);
  const already = await entryInQueue(tx, wanted.bookableId, startsAt, wanted.personId);
  if (already) return { entry: already, position: await positionOf(tx, already) };
  const bookable = await bookableById(tx, wanted.bookableId);
  if (!bookable || bookable.status !== "active") throw new InputError("That can no longer be booked. Choose something else.");
  if (!(await timeAt(tx, bookable, wanted.startsAt, wanted.now, true))) throw new InputError("That time cannot be booked. Choose one of the times shown.");
  if (await timeAt(tx, bookable, wanted.startsAt, wanted.now)) throw new InputError("That time still has places. Book it instead.");
  if (await bookingOf(tx, bookable.id, startsAt, wanted.personId)) {
    throw new InputError("You have already booked that time. Find it in your bookings.");
  }
  // Two joins at once: the unique index keeps one, and the other finds it.
  await tx.insert(waitlistEntries).values({ bookableId: bookable.id, startsAt, personId: wanted.personId }).onConflictDoNothing();
  const entry = (await entryInQueue(tx, bookable.id, startsAt, wanted.personId))!;
  return { entry, position: await positionOf(tx, entry) };
}

/** Takes a person off a waitlist; a place already held for them is given up, for the next person. */
export async function leaveWaitlist(tx: Tx, entryId: number, personId: number, now = Temporal.Now.instant()): Promise<WaitlistEntry> {
  const [entry] = await tx
    .select()
    .from(waitlistEntries)
    .where(and(eq(waitlistEntries.id, entryId), eq(waitlistEntries.personId, personId)))
    .for("update");
  if (!entry) throw new InputError("You are not on that waitlist.");
  if (entry.status !== "waiting" && entry.status !== "offered") return entry;
  if (entry.status === "offered") {
    const [held] = await tx.select({ status: bookings.status }).from(bookings).where(eq(bookings.id, entry.bookingId!));
    if (held?.status === "held") await cancelBooking(tx, entry.bookingId!, personId, now);
  }
  const [left] = await tx.update(waitlistEntries).set({ status: "left", updatedAt: new Date(now.epochMilliseconds) }).where(eq(waitlistEntries.id, entryId)).returning();
  return left!;
}

/**
 * Offers each of the bookable's places that has come free to the first person waiting for its time, as
 * a hold made for them (as if they had chosen the time themselves) that lasts the waitlist's day rather
 * than the council's minutes, or until the time begins if that is sooner. Someone who has since booked
 * the time themselves is taken off the queue as booked. Returns the offers, for the caller to email.
 */
export async function offerFreedPlaces(tx: Tx, bookableId: number, now: Temporal.Instant): Promise<WaitlistOffer[]> {
  const bookable = await bookableById(tx, bookableId);
  if (!bookable || bookable.status !== "active") return [];
  const at = new Date(now.epochMilliseconds);
  // Locked, so two runs at once cannot offer one entry twice: the second sees it offered and skips it.
  const waiting = await tx
    .select()
    .from(waitlistEntries)
    .where(and(eq(waitlistEntries.bookableId, bookableId), eq(waitlistEntries.status, "waiting"), gt(waitlistEntries.startsAt, at)))
    .orderBy(asc(waitlistEntries.startsAt), asc(waitlistEntries.createdAt), asc(waitlistEntries.id))
    .for("update");
  const offers: WaitlistOffer[] = [];
  for (const time of new Set(waiting.map((entry) => entry.startsAt.getTime()))) {
    const startsAt = Temporal.Instant.fromEpochMilliseconds(time);
    let placesLeft = (await timeAt(tx, bookable, startsAt, now))?.placesLeft ?? 0;
    for (const entry of waiting.filter((e) => e.startsAt.getTime() === time)) {
      if (placesLeft === 0) break;
      const own = await bookingOf(tx, bookableId, entry.startsAt, entry.personId);
      if (own) {
        await tx.update(waitlistEntries).set({ status: "booked", bookingId: own.id, updatedAt: at }).where(eq(waitlistEntries.id, entry.id));
        continue;
      }
      const offer = await offerTo(tx, entry, now);
      if (!offer) break;
      offers.push(offer);
      placesLeft--;
    }
  }
  return offers;
}

/** Holds the entry's time for its person; null when someone else took the place first. */
async function offerTo(tx: Tx, entry: WaitlistEntry, now: Temporal.Instant): Promise<WaitlistOffer | null> {
  const startsAt = instant(entry.startsAt);
  const aDay = now.add({ minutes: WAITLIST_HOLD_MINUTES });
  const holdUntil = Temporal.Instant.compare(aDay, startsAt) < 0 ? aDay : startsAt;
  let bookingId: number;
  try {
    const held = await holdTime(tx, { bookableId: entry.bookableId, startsAt, personId: entry.personId, bookedBy: entry.personId, idempotencyKey: `waitlist-${entry.id}`, holdUntil, now });
    bookingId = held.id;
  } catch (error) {
    if (error instanceof BookingConflict) return null;
    throw error;
  }
  await tx.update(waitlistEntries).set({ status: "offered", bookingId, updatedAt: new Date(now.epochMilliseconds) }).where(eq(waitlistEntries.id, entry.id));
  return { entryId: entry.id, bookingId, personId: entry.personId, startsAt, holdExpiresAt: holdUntil };
}

/**
 * Lapses the offers not taken up: holds run out or given up without being confirmed. Entries still
 * waiting when their time has come lapse too. Each place so freed goes to the next person waiting, and
 * those offers are returned for the caller to email.
 */
export async function lapseWaitlistOffers(tx: Tx, now: Temporal.Instant): Promise<WaitlistOffer[]> {
  const at = new Date(now.epochMilliseconds);
  const offered = await tx
    .select({ id: waitlistEntries.id, bookableId: waitlistEntries.bookableId })
    .from(waitlistEntries)
    .innerJoin(bookings, eq(bookings.id, waitlistEntries.bookingId))
    .where(
      and(
        eq(waitlistEntries.status, "offered"),
        or(inArray(bookings.status, ["expired", "cancelled"]), and(eq(bookings.status, "held"), lte(bookings.holdExpiresAt, at))),
      ),
    );
  const bookableIds = [...new Set(offered.map((row) => row.bookableId))];
  for (const id of bookableIds) await expireHolds(tx, at, id);
  if (offered.length > 0) {
    await tx
      .update(waitlistEntries)
      .set({ status: "lapsed", updatedAt: at })
      .where(inArray(waitlistEntries.id, offered.map((row) => row.id)));
  }
  await tx
    .update(waitlistEntries)
    .set({ status: "lapsed", updatedAt: at })
    .where(and(eq(waitlistEntries.status, "waiting"), lte(waitlistEntries.startsAt, at)));
  const offers: WaitlistOffer[] = [];
  for (const id of bookableIds) offers.push(...(await offerFreedPlaces(tx, id, now)));
  return offers;
}

/** Offers freed places on every bookable someone is waiting for: places given up however they were. */
export async function offerAllFreedPlaces(tx: Tx, now: Temporal.Instant): Promise<WaitlistOffer[]> {
  const rows = await tx
    .selectDistinct({ bookableId: waitlistEntries.bookableId })
    .from(waitlistEntries)
    .where(and(eq(waitlistEntries.status, "waiting"), gt(waitlistEntries.startsAt, new Date(now.epochMilliseconds))));
  const offers: WaitlistOffer[] = [];
  for (const row of rows) offers.push(...(await offerFreedPlaces(tx, row.bookableId, now)));
  return offers;
}

/** Marks the waitlist entry behind a booking as booked, once its hold is confirmed. */
export async function markWaitlistBooked(tx: Tx, bookingId: number, now = Temporal.Now.instant()): Promise<void> {
  await tx
    .update(waitlistEntries)
    .set({ status: "booked", updatedAt: new Date(now.epochMilliseconds) })
    .where(and(eq(waitlistEntries.bookingId, bookingId), eq(waitlistEntries.status, "offered")));
}
