import { councilSchema, InputError, newReference, type Tx } from "@lgp/db";
import { inLondon, Temporal } from "@lgp/time";
import { and, eq, lte, sql } from "drizzle-orm";
import type { Bookable } from "./bookables";
import { BookingConflict, EXCLUSION_VIOLATION, sqlState, UNIQUE_VIOLATION } from "./errors";
import { freeTimes, nearWindow } from "./free-times";
import { readBookingSettings } from "./settings";
import { blockedBy, nearestSlots } from "./slots";
import { bookableOnOffer } from "./views";

const { bookables, bookings } = councilSchema;
export type Booking = typeof bookings.$inferSelect;

const MINUTE = 60_000;

export interface TimeWanted {
  bookableId: number;
  startsAt: Temporal.Instant;
  /** Who it is for, and who is booking (the same person, or staff for them). */
  personId: number;
  bookedBy: number;
  /** One per request a person sends: the same key again finds the booking it made. */
  idempotencyKey: string;
  matchId?: number | null;
  /** When the hold ends, if not after the council's hold minutes: a place offered from a waitlist is kept longer. */
  holdUntil?: Temporal.Instant;
  now?: Temporal.Instant;
}

export const TAKEN = "That time has just been taken. Choose another time.";
const NOT_OFFERED = "That time cannot be booked. Choose one of the times shown.";

/** The booking this person's request with this key already made, if any. */
async function madeBefore(tx: Tx, bookedBy: number, key: string): Promise<Booking | null> {
  const [row] = await tx.select().from(bookings).where(and(eq(bookings.bookedBy, bookedBy), eq(bookings.idempotencyKey, key)));
  return row ?? null;
}

/** Marks the bookable's holds that have run out as expired, so they keep no place from anyone. */
export async function expireHolds(tx: Tx, now: Date, bookableId?: number): Promise<number[]> {
  const rows = await tx
    .update(bookings)
    .set({ status: "expired", updatedAt: now })
    .where(and(eq(bookings.status, "held"), lte(bookings.holdExpiresAt, now), bookableId === undefined ? sql`true` : eq(bookings.bookableId, bookableId)))
    .returning({ id: bookings.id });
  return rows.map((r) => r.id);
}

/**
 * Holds a time for a few minutes (the council's hold) while the person confirms. The database keeps
 * the guarantee: for a one-at-a-time bookable its exclusion constraint refuses an overlap, however
 * requests interleave; for one with places, its row is locked while the places are counted. A time
 * that has gone, or was never offered, is a BookingConflict with the nearest free times.
 */
export async function holdTime(tx: Tx, wanted: TimeWanted): Promise<Booking> {
  const now = wanted.now ?? Temporal.Now.instant();
  const before = await madeBefore(tx, wanted.bookedBy, wanted.idempotencyKey);
  if (before) return sameRequest(before, wanted);
  const bookable = await bookableOnOffer(tx, wanted.bookableId);
  if (!bookable) throw new InputError("That can no longer be booked. Choose something else.");
  await lockForPlaces(tx, bookable);
  await expireHolds(tx, new Date(now.epochMilliseconds), bookable.id);
  await mustBeFree(tx, bookable, wanted.startsAt, now);
  const { holdMinutes } = await readBookingSettings(tx);
  const time = { start: wanted.startsAt.epochMilliseconds, end: wanted.startsAt.epochMilliseconds + bookable.durationMinutes * MINUTE };
  const blocked = blockedBy(time, bookable);
  try {
    // A savepoint: a refused insert leaves the transaction usable, to say why and offer other times.
    const [row] = await tx.transaction((inner) =>
      inner
        .insert(bookings)
        .values({
          reference: newReference("BK"),
          bookableId: bookable.id,
          personId: wanted.personId,
          bookedBy: wanted.bookedBy,
          startsAt: new Date(time.start),
          endsAt: new Date(time.end),
          blockedFrom: new Date(blocked.start),
          blockedUntil: new Date(blocked.end),
          exclusive: bookable.capacity === 1,
          status: "held",
          holdExpiresAt: new Date(wanted.holdUntil?.epochMilliseconds ?? now.epochMilliseconds + holdMinutes * MINUTE),
          idempotencyKey: wanted.idempotencyKey,
          matchId: wanted.matchId ?? null,
        })
        .returning(),
    );
    return row!;
  } catch (error) {
    const state = sqlState(error);
    if (state === UNIQUE_VIOLATION) {
      const made = await madeBefore(tx, wanted.bookedBy, wanted.idempotencyKey);
      if (made) return sameRequest(made, wanted);
    }
    if (state === EXCLUSION_VIOLATION) throw await conflict(tx, bookable, wanted.startsAt, now, TAKEN);
    throw error;
  }
}

/** A retried request gets its booking back; a key reused for a different time is a mistake to say so. */
function sameRequest(booking: Booking, wanted: TimeWanted): Booking {
  if (booking.bookableId === wanted.bookableId && booking.startsAt.getTime() === wanted.startsAt.epochMilliseconds) return booking;
  throw new InputError("That request was already used to book a different time. Start again from the list of times.");
}

/** Locks a bookable with places while they are counted, so no booking races the count; one at a time needs no lock (the exclusion constraint holds it). */
export async function lockForPlaces(tx: Tx, bookable: Bookable): Promise<void> {
  if (bookable.capacity > 1) await tx.select({ id: bookables.id }).from(bookables).where(eq(bookables.id, bookable.id)).for("update");
}

/** Refuses a time that is not one of the bookable's free times now, offering the nearest that are. */
export async function mustBeFree(tx: Tx, bookable: Bookable, startsAt: Temporal.Instant, now: Temporal.Instant, except?: number): Promise<void> {
  const day = inLondon(startsAt).toPlainDate();
  const wanted = (slots: readonly { start: number }[]) => slots.some((slot) => slot.start === startsAt.epochMilliseconds);
  if (wanted(await freeTimes(tx, bookable, { from: day, to: day, now, except }))) return;
  const offered = wanted(await freeTimes(tx, bookable, { from: day, to: day, now, ignoringBookings: true }));
  throw await conflict(tx, bookable, startsAt, now, offered ? TAKEN : NOT_OFFERED, except);
}

export async function conflict(tx: Tx, bookable: Bookable, startsAt: Temporal.Instant, now: Temporal.Instant, message: string, except?: number): Promise<BookingConflict> {
  const free = await freeTimes(tx, bookable, nearWindow(startsAt, now, except));
  return new BookingConflict(message, nearestSlots(free, startsAt.epochMilliseconds));
}
