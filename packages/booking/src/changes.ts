import { councilSchema, InputError, newReference, type Tx } from "@lgp/db";
import { Temporal } from "@lgp/time";
import { and, eq, inArray, sql } from "drizzle-orm";
import { bookableById, type Bookable } from "./bookables";
import { EXCLUSION_VIOLATION, sqlState } from "./errors";
import { conflict, expireHolds, lockForPlaces, mustBeFree, TAKEN, type Booking } from "./hold";
import { blockedBy } from "./slots";
import { asPair, bothOrNeither, partnerOf, type Together } from "./together";

/*
 * Every change here acts on a booking and the one made together with it (a person and a room) as one:
 * confirmed, cancelled, decided and moved together.
 */

const { bookings } = councilSchema;
const MINUTE = 60_000;

const GONE = "That booking has already been cancelled or has ended.";
const RAN_OUT = "Your hold on that time ran out. Choose a time again.";

async function bookingById(tx: Tx, id: number): Promise<Booking> {
  const [row] = await tx.select().from(bookings).where(eq(bookings.id, id)).for("update");
  if (!row) throw new InputError("There is no such booking.");
  return row;
}

/** The booking, then the one made together with it if there is one, both rows locked. */
async function withPartner(tx: Tx, id: number): Promise<[Booking, ...Booking[]]> {
  const booking = await bookingById(tx, id);
  const partner = await partnerOf(tx, booking);
  return partner ? [booking, partner] : [booking];
}

/**
 * Confirms a held time: confirmed at once, or pending staff approval where the bookable needs it. A
 * hold that has run out has given its place up: the person is told to choose again.
 */
export async function confirmBooking(tx: Tx, bookingId: number, now = Temporal.Now.instant()): Promise<Booking> {
  const pair = await withPartner(tx, bookingId);
  if (pair.every((b) => b.status === "confirmed" || b.status === "pending")) return pair[0];
  const at = new Date(now.epochMilliseconds);
  if (pair.some((b) => b.status !== "held" || b.holdExpiresAt!.getTime() <= now.epochMilliseconds)) {
    for (const b of pair) await expireHolds(tx, at, b.bookableId);
    throw new InputError(RAN_OUT);
  }
  const confirmed: Booking[] = [];
  for (const b of pair) {
    const bookable = (await bookableById(tx, b.bookableId))!;
    const [row] = await tx
      .update(bookings)
      .set({ status: bookable.needsApproval ? "pending" : "confirmed", holdExpiresAt: null, updatedAt: at })
      .where(eq(bookings.id, b.id))
      .returning();
    confirmed.push(row!);
  }
  return confirmed[0]!;
}

/** Cancels a booking that still keeps a place; its place is free at once. */
export async function cancelBooking(tx: Tx, bookingId: number, by: number, now = Temporal.Now.instant()): Promise<Booking> {
  const pair = await withPartner(tx, bookingId);
  const keeping = [...councilSchema.placeKeeping];
  if (!(keeping as string[]).includes(pair[0].status)) throw new InputError(GONE);
  const at = new Date(now.epochMilliseconds);
  const rows = await tx
    .update(bookings)
    .set({ status: "cancelled", cancelledBy: by, cancelledAt: at, updatedAt: at })
    .where(and(inArray(bookings.id, pair.map((b) => b.id)), inArray(bookings.status, keeping)))
    .returning();
  return rows.find((r) => r.id === bookingId)!;
}

/**
 * Staff decide a booking waiting for approval. Approving confirms whichever of a pair waits; declining
 * declines both, so a room booked with a declined appointment is free again.
 */
export async function decideBooking(tx: Tx, bookingId: number, decision: "approve" | "decline", by: number, now = Temporal.Now.instant()): Promise<Booking> {
  const pair = await withPartner(tx, bookingId);
  if (pair[0].status !== "pending") throw new InputError("That booking is not waiting for approval.");
  const at = new Date(now.epochMilliseconds);
  const rows = await tx
    .update(bookings)
    .set({ status: decision === "approve" ? "confirmed" : "declined", decidedBy: by, decidedAt: at, updatedAt: at })
    .where(and(inArray(bookings.id, pair.map((b) => b.id)), inArray(bookings.status, decision === "approve" ? ["pending"] : ["pending", "confirmed"])))
    .returning();
  return rows.find((r) => r.id === bookingId)!;
}

interface Move {
  startsAt: Temporal.Instant;
  by: number;
  idempotencyKey: string;
  now?: Temporal.Instant;
}

/**
 * Moves a booking to another time of the same bookable, all or nothing: the new time is taken before
 * the old one is given up, in one transaction, so the person never holds neither. For a one-at-a-time
 * bookable the overlap check waits to the end of the move, so a time overlapping the old one (half an
 * hour later, say) can be had. A booking made together with another moves with it, to the same start.
 */
export async function rescheduleBooking(tx: Tx, bookingId: number, change: Move): Promise<Booking> {
  const now = change.now ?? Temporal.Now.instant();
  const [again] = await tx.select().from(bookings).where(and(eq(bookings.bookedBy, change.by), eq(bookings.idempotencyKey, change.idempotencyKey)));
  if (again) return again;
  const [old, partner] = await withPartner(tx, bookingId);
  if (![old, partner].every((b) => b === undefined || b.status === "pending" || b.status === "confirmed")) throw new InputError(GONE);
  if (partner) return rescheduleTogether(tx, asPair(old, partner), old.id, change, now);
  const bookable = await readyToMove(tx, old, now);
  await mustBeFree(tx, bookable, change.startsAt, now, old.id);
  try {
    return await tx.transaction((inner) => move(inner, old, bookable, change, now, change.idempotencyKey));
  } catch (error) {
    if (sqlState(error) === EXCLUSION_VIOLATION) throw await conflict(tx, bookable, change.startsAt, now, TAKEN, old.id);
    throw error;
  }
}

/** Moves a person's booking and its room's to the same new start, both or neither; returns the one asked for. */
async function rescheduleTogether(tx: Tx, old: Together<Booking>, askedFor: number, change: Move, now: Temporal.Instant): Promise<Booking> {
  const pair = { person: await readyToMove(tx, old.person, now), room: await readyToMove(tx, old.room, now) };
  const except = { person: old.person.id, room: old.room.id };
  const moved = await bothOrNeither(tx, pair, change.startsAt, now, except, async (inner, part) => {
    await mustBeFree(inner, pair[part], change.startsAt, now, old[part].id);
    // The same request's key would make the partner look like a retry of the move asked for.
    return move(inner, old[part], pair[part], change, now, old[part].id === askedFor ? change.idempotencyKey : `${change.idempotencyKey}:together`);
  });
  return old.person.id === askedFor ? moved.person : moved.room;
}

/** The booking's bookable, locked when it has places (counting them must not race a booking), with its run-out holds let go. */
async function readyToMove(tx: Tx, booking: Booking, now: Temporal.Instant): Promise<Bookable> {
  const bookable = (await bookableById(tx, booking.bookableId))!;
  await lockForPlaces(tx, bookable);
  await expireHolds(tx, new Date(now.epochMilliseconds), bookable.id);
  return bookable;
}

/** Books the new time as it was booked before and cancels the old, inside the caller's savepoint. */
async function move(inner: Tx, old: Booking, bookable: Bookable, change: Move, now: Temporal.Instant, idempotencyKey: string): Promise<Booking> {
  const time = { start: change.startsAt.epochMilliseconds, end: change.startsAt.epochMilliseconds + bookable.durationMinutes * MINUTE };
  const blocked = blockedBy(time, bookable);
  const at = new Date(now.epochMilliseconds);
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
      idempotencyKey,
      matchId: old.matchId,
    })
    .returning();
  await inner.update(bookings).set({ status: "cancelled", cancelledBy: change.by, cancelledAt: at, updatedAt: at }).where(eq(bookings.id, old.id));
  // Checked here, inside the savepoint, so a clash is a conflict to report rather than a failed commit.
  await inner.execute(sql`set constraints bookings_no_overlap immediate`);
  return moved!;
}
