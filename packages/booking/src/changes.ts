import { councilSchema, InputError, newReference, type Tx } from "@lgp/db";
import { Temporal } from "@lgp/time";
import { and, eq, inArray, sql } from "drizzle-orm";
import { bookableById } from "./bookables";
import { EXCLUSION_VIOLATION, sqlState } from "./errors";
import { conflict, expireHolds, mustBeFree, TAKEN, type Booking } from "./hold";
import { blockedBy } from "./slots";

const { bookings } = councilSchema;
const MINUTE = 60_000;

const GONE = "That booking has already been cancelled or has ended.";

async function bookingById(tx: Tx, id: number): Promise<Booking> {
  const [row] = await tx.select().from(bookings).where(eq(bookings.id, id)).for("update");
  if (!row) throw new InputError("There is no such booking.");
  return row;
}

/**
 * Confirms a held time: confirmed at once, or pending staff approval where the bookable needs it. A
 * hold that has run out has given its place up: the person is told to choose again.
 */
export async function confirmBooking(tx: Tx, bookingId: number, now = Temporal.Now.instant()): Promise<Booking> {
  const booking = await bookingById(tx, bookingId);
  if (booking.status !== "held") {
    if (booking.status === "confirmed" || booking.status === "pending") return booking;
    throw new InputError("Your hold on that time ran out. Choose a time again.");
  }
  if (booking.holdExpiresAt!.getTime() <= now.epochMilliseconds) {
    await expireHolds(tx, new Date(now.epochMilliseconds), booking.bookableId);
    throw new InputError("Your hold on that time ran out. Choose a time again.");
  }
  const bookable = (await bookableById(tx, booking.bookableId))!;
  const [row] = await tx
    .update(bookings)
    .set({ status: bookable.needsApproval ? "pending" : "confirmed", holdExpiresAt: null, updatedAt: new Date(now.epochMilliseconds) })
    .where(eq(bookings.id, bookingId))
    .returning();
  return row!;
}

/** Cancels a booking that still keeps a place; its place is free at once. */
export async function cancelBooking(tx: Tx, bookingId: number, by: number, now = Temporal.Now.instant()): Promise<Booking> {
  const booking = await bookingById(tx, bookingId);
  if (!(councilSchema.placeKeeping as readonly string[]).includes(booking.status)) throw new InputError(GONE);
  const at = new Date(now.epochMilliseconds);
  const [row] = await tx.update(bookings).set({ status: "cancelled", cancelledBy: by, cancelledAt: at, updatedAt: at }).where(eq(bookings.id, bookingId)).returning();
  return row!;
}

/** Staff decide a booking waiting for approval. */
export async function decideBooking(tx: Tx, bookingId: number, decision: "approve" | "decline", by: number, now = Temporal.Now.instant()): Promise<Booking> {
  const booking = await bookingById(tx, bookingId);
  if (booking.status !== "pending") throw new InputError("That booking is not waiting for approval.");
  const at = new Date(now.epochMilliseconds);
  const [row] = await tx
    .update(bookings)
    .set({ status: decision === "approve" ? "confirmed" : "declined", decidedBy: by, decidedAt: at, updatedAt: at })
    .where(eq(bookings.id, bookingId))
    .returning();
  return row!;
}

/**
 * Moves a booking to another time of the same bookable, all or nothing: the new time is taken before
 * the old one is given up, in one transaction, so the person never holds neither. For a one-at-a-time
 * bookable the overlap check waits to the end of the move, so a time overlapping the old one (half an
 * hour later, say) can be had.
 */
export async function rescheduleBooking(
  tx: Tx,
  bookingId: number,
  change: { startsAt: Temporal.Instant; by: number; idempotencyKey: string; now?: Temporal.Instant },
): Promise<Booking> {
  const now = change.now ?? Temporal.Now.instant();
  const [again] = await tx.select().from(bookings).where(and(eq(bookings.bookedBy, change.by), eq(bookings.idempotencyKey, change.idempotencyKey)));
  if (again) return again;
  const old = await bookingById(tx, bookingId);
  if (!["pending", "confirmed"].includes(old.status)) throw new InputError(GONE);
  const bookable = (await bookableById(tx, old.bookableId))!;
  if (bookable.capacity > 1) await tx.select({ id: councilSchema.bookables.id }).from(councilSchema.bookables).where(eq(councilSchema.bookables.id, bookable.id)).for("update");
  await expireHolds(tx, new Date(now.epochMilliseconds), bookable.id);
  await mustBeFree(tx, bookable, change.startsAt, now, old.id);
  const time = { start: change.startsAt.epochMilliseconds, end: change.startsAt.epochMilliseconds + bookable.durationMinutes * MINUTE };
  const blocked = blockedBy(time, bookable);
  const at = new Date(now.epochMilliseconds);
  try {
    return await tx.transaction(async (inner) => {
      await inner.execute(sql`set constraints bookings_no_overlap deferred`);
      const [moved] = await inner
        .insert(bookings)
        .values({
          reference: newReference("BK"),
          bookableId: bookable.id,
          personId: old.personId,
          bookedBy: change.by,
          startsAt: new Date(time.start),
          endsAt: new Date(time.end),
          blockedFrom: new Date(blocked.start),
          blockedUntil: new Date(blocked.end),
          exclusive: old.exclusive,
          status: old.status,
          idempotencyKey: change.idempotencyKey,
          togetherWith: old.togetherWith,
          matchId: old.matchId,
        })
        .returning();
      await inner.update(bookings).set({ status: "cancelled", cancelledBy: change.by, cancelledAt: at, updatedAt: at }).where(inArray(bookings.id, [old.id]));
      // Checked here, inside the savepoint, so a clash is a conflict to report rather than a failed commit.
      await inner.execute(sql`set constraints bookings_no_overlap immediate`);
      return moved!;
    });
  } catch (error) {
    if (sqlState(error) === EXCLUSION_VIOLATION) throw await conflict(tx, bookable, change.startsAt, now, TAKEN, old.id);
    throw error;
  }
}
