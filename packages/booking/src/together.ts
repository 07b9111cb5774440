import { councilSchema, InputError, type Tx } from "@lgp/db";
import { Temporal } from "@lgp/time";
import { and, eq, inArray, ne } from "drizzle-orm";
import { bookableById, type Bookable } from "./bookables";
import { BookingConflict, EXCLUSION_VIOLATION, sqlState } from "./errors";
import { freeTimes, nearWindow } from "./free-times";
import { holdTime, type Booking } from "./hold";
import { nearestSlots, type Slot } from "./slots";

/*
 * A person and a room booked together: a helper's or a member of staff's time and a room at the same
 * start, both or neither. The two bookings carry the person's booking id in together_with.
 */

const { bookables, bookings, helpers, people } = councilSchema;

export type Part = "person" | "room";
export interface Together<T> {
  person: T;
  room: T;
}

export interface TimeWantedTogether {
  personBookableId: number;
  roomBookableId: number;
  startsAt: Temporal.Instant;
  personId: number;
  bookedBy: number;
  /** One per request: the person's and the room's holds carry it with ":person" and ":room". */
  idempotencyKey: string;
  now?: Temporal.Instant;
}

/** Holds a helper's or staff member's time and a room from the same start, both or neither. */
export async function holdTogether(tx: Tx, wanted: TimeWantedTogether): Promise<Together<Booking>> {
  const now = wanted.now ?? Temporal.Now.instant();
  const pair = await bookablesToPair(tx, wanted.personBookableId, wanted.roomBookableId);
  return bothOrNeither(tx, pair, wanted.startsAt, now, {}, (inner, part) =>
    holdTime(inner, {
      bookableId: pair[part].id,
      startsAt: wanted.startsAt,
      personId: wanted.personId,
      bookedBy: wanted.bookedBy,
      idempotencyKey: `${wanted.idempotencyKey}:${part}`,
      now,
    }),
  );
}

/**
 * The person's free times in the window that the room is free for too: a room time starting at the
 * same instant and lasting at least as long. `except` leaves out bookings being moved.
 */
export async function freeTimesTogether(
  tx: Tx,
  person: Bookable,
  room: Bookable,
  window: { from: Temporal.PlainDate; to: Temporal.PlainDate; now: Temporal.Instant },
  except: Partial<Together<number>> = {},
): Promise<Slot[]> {
  const personFree = await freeTimes(tx, person, { ...window, except: except.person });
  const roomFree = new Map((await freeTimes(tx, room, { ...window, except: except.room })).map((slot) => [slot.start, slot]));
  return personFree.flatMap((slot) => {
    const roomSlot = roomFree.get(slot.start);
    return roomSlot && roomSlot.end >= slot.end ? [{ ...slot, placesLeft: Math.min(slot.placesLeft, roomSlot.placesLeft) }] : [];
  });
}

/**
 * The booking made together with this one, its row locked; null for a booking on its own. The pair
 * always share their person and start, so the person's index finds it.
 */
export async function partnerOf(tx: Tx, booking: Booking): Promise<Booking | null> {
  if (booking.togetherWith === null) return null;
  const [row] = await tx
    .select()
    .from(bookings)
    .where(and(eq(bookings.personId, booking.personId), eq(bookings.startsAt, booking.startsAt), eq(bookings.togetherWith, booking.togetherWith), ne(bookings.id, booking.id)))
    .for("update");
  return row ?? null;
}

/** A booking and its partner as person and room: the person's booking is the one the pair is linked by. */
export function asPair(booking: Booking, partner: Booking): Together<Booking> {
  return booking.togetherWith === booking.id ? { person: booking, room: partner } : { person: partner, room: booking };
}

/**
 * Does `work` for the person's part, then the room's, inside one savepoint, and links the two bookings:
 * both or neither. A refusal of either (a conflict, or the database's overlap check) becomes a conflict
 * naming which was not free, offering the nearest times free for both; anything else propagates as it is.
 */
export async function bothOrNeither(
  tx: Tx,
  pair: Together<Bookable>,
  startsAt: Temporal.Instant,
  now: Temporal.Instant,
  except: Partial<Together<number>>,
  work: (inner: Tx, part: Part) => Promise<Booking>,
): Promise<Together<Booking>> {
  // Set before each part, so a refusal can say which part it was.
  let part = "person" as Part;
  try {
    return await tx.transaction(async (inner) => {
      const person = await work(inner, part);
      const room = await work(inner, (part = "room"));
      const linked = await inner
        .update(bookings)
        .set({ togetherWith: person.id, updatedAt: new Date(now.epochMilliseconds) })
        .where(inArray(bookings.id, [person.id, room.id]))
        .returning();
      return { person: linked.find((b) => b.id === person.id)!, room: linked.find((b) => b.id === room.id)! };
    });
  } catch (error) {
    if (!(error instanceof BookingConflict) && sqlState(error) !== EXCLUSION_VIOLATION) throw error;
    const message = part === "room" ? "The room is taken at that time. Choose another time." : `${await whoIs(tx, pair.person)} is not free at that time. Choose another time.`;
    const free = await freeTimesTogether(tx, pair.person, pair.room, nearWindow(startsAt, now), except);
    throw new BookingConflict(message, nearestSlots(free, startsAt.epochMilliseconds));
  }
}

/** The two bookables, checked to be a person's time and a room that lasts at least as long. */
async function bookablesToPair(tx: Tx, personBookableId: number, roomBookableId: number): Promise<Together<Bookable>> {
  const person = await bookableById(tx, personBookableId);
  const room = await bookableById(tx, roomBookableId);
  if (!person || (person.kind !== "offer" && person.kind !== "appointment")) throw new InputError("Choose a helper or a member of staff to book with the room.");
  if (!room || room.kind !== "room") throw new InputError("Choose a room to book with them.");
  if (room.durationMinutes < person.durationMinutes) throw new InputError("That room cannot be booked for as long as the appointment. Choose another room.");
  return { person, room };
}

/** Who a person's bookable is with, as a resident knows them: the helper's public name, or the member of staff's name. */
async function whoIs(tx: Tx, bookable: Bookable): Promise<string> {
  const [row] = await tx
    .select({ helper: helpers.publicName, staff: people.name })
    .from(bookables)
    .leftJoin(helpers, eq(helpers.id, bookables.helperId))
    .leftJoin(people, eq(people.id, bookables.staffId))
    .where(eq(bookables.id, bookable.id));
  return row?.helper ?? row?.staff ?? bookable.name;
}
