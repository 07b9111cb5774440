import { councilSchema, type Tx } from "@lgp/db";
import { inLondon, Temporal } from "@lgp/time";
import { and, asc, desc, eq, gte, inArray, lt, ne, or, sql, type SQL } from "drizzle-orm";
import type { Bookable } from "./bookables";
import { freeTimes } from "./free-times";
import type { Slot } from "./slots";
import { freeTimesTogether } from "./together";
import type { Booking } from "./hold";

const { bookables, bookings, helpers, people } = councilSchema;

/** Active, and not a paused helper's: a safeguarding lead's pause takes a helper out of booking too. */
const onOffer = and(eq(bookables.status, "active"), sql`not exists (select 1 from ${helpers} where ${helpers.id} = ${bookables.helperId} and ${helpers.pausedAt} is not null)`);

/** What residents can book now, by name. */
export async function bookablesOnOffer(tx: Tx): Promise<Bookable[]> {
  return tx.select().from(bookables).where(onOffer).orderBy(asc(bookables.name), asc(bookables.id));
}

/** One bookable residents can book now; null for one archived, a paused helper's, or none. */
export async function bookableOnOffer(tx: Tx, id: number): Promise<Bookable | null> {
  const [row] = await tx.select().from(bookables).where(and(eq(bookables.id, id), onOffer));
  return row ?? null;
}

/**
 * What sessions from a match can be booked in: the match's helper's own offers made bookable, and the
 * council's rooms (for help given there); empty for a match the council does not have.
 */
export async function bookablesForMatch(tx: Tx, matchId: number): Promise<Bookable[]> {
  const [match] = await tx.select({ helperId: councilSchema.matches.helperId }).from(councilSchema.matches).where(eq(councilSchema.matches.id, matchId));
  if (!match) return [];
  return tx
    .select()
    .from(bookables)
    .where(and(onOffer, or(and(eq(bookables.kind, "offer"), eq(bookables.helperId, match.helperId)), eq(bookables.kind, "room"))))
    .orderBy(asc(bookables.kind), asc(bookables.name));
}

/** One London day's times: those with places, and those full (which a person may wait for). */
export interface DayOfTimes {
  date: string;
  free: { start: number; end: number; placesLeft: number }[];
  full: { start: number; end: number }[];
}

/** The bookable's times over `days` London days from `from`, each day listed even when it has none. */
export async function timesToChoose(tx: Tx, bookable: Bookable, from: Temporal.PlainDate, days: number, now: Temporal.Instant): Promise<DayOfTimes[]> {
  const to = from.add({ days: days - 1 });
  const free = await freeTimes(tx, bookable, { from, to, now });
  const freeStarts = new Set(free.map((s) => s.start));
  const full = (await freeTimes(tx, bookable, { from, to, now, ignoringBookings: true })).filter((s) => !freeStarts.has(s.start));
  return byDay(from, to, free, full);
}

/** A person's (helper's or staff member's) times over `days` London days when a room is free with them too. */
export async function timesTogetherToChoose(tx: Tx, person: Bookable, room: Bookable, from: Temporal.PlainDate, days: number, now: Temporal.Instant): Promise<DayOfTimes[]> {
  const to = from.add({ days: days - 1 });
  return byDay(from, to, await freeTimesTogether(tx, person, room, { from, to, now }), []);
}

function byDay(from: Temporal.PlainDate, to: Temporal.PlainDate, free: readonly Slot[], full: readonly Slot[]): DayOfTimes[] {
  const dayOf = (start: number) => inLondon(Temporal.Instant.fromEpochMilliseconds(start)).toPlainDate().toString();
  const list: DayOfTimes[] = [];
  for (let date = from; Temporal.PlainDate.compare(date, to) <= 0; date = date.add({ days: 1 })) list.push({ date: date.toString(), free: [], full: [] });
  const byDate = new Map(list.map((d) => [d.date, d]));
  for (const slot of free) byDate.get(dayOf(slot.start))?.free.push(slot);
  for (const slot of full) byDate.get(dayOf(slot.start))?.full.push({ start: slot.start, end: slot.end });
  return list;
}

/** A booking with what its pages show of its bookable and its person. */
export interface BookingView extends Booking {
  bookable: Pick<Bookable, "id" | "kind" | "name" | "location" | "postcode" | "accessibility" | "needsApproval" | "helperId">;
  person: { name: string | null; email: string };
}

const viewColumns = {
  booking: bookings,
  bookable: { id: bookables.id, kind: bookables.kind, name: bookables.name, location: bookables.location, postcode: bookables.postcode, accessibility: bookables.accessibility, needsApproval: bookables.needsApproval, helperId: bookables.helperId },
  person: { name: people.name, email: people.email },
};

async function views(tx: Tx, where: SQL, order: "soonest" | "latest" = "soonest"): Promise<BookingView[]> {
  const rows = await tx
    .select(viewColumns)
    .from(bookings)
    .innerJoin(bookables, eq(bookables.id, bookings.bookableId))
    .innerJoin(people, eq(people.id, bookings.personId))
    .where(where)
    .orderBy(order === "soonest" ? asc(bookings.startsAt) : desc(bookings.startsAt), asc(bookings.id));
  return rows.map((r) => ({ ...r.booking, bookable: r.bookable, person: r.person }));
}

/**
 * A booking as `viewer` may see it: their own (made for them or by them), or any for the council's
 * staff; null otherwise, so another's booking is, to them, no booking at all.
 */
export async function bookingForViewer(tx: Tx, bookingId: number, viewer: { personId: number; asStaff: boolean }): Promise<(BookingView & { partner: BookingView | null }) | null> {
  const mine = viewer.asStaff ? undefined : or(eq(bookings.personId, viewer.personId), eq(bookings.bookedBy, viewer.personId));
  const [view] = await views(tx, and(eq(bookings.id, bookingId), mine)!);
  if (!view) return null;
  // A person and a room booked together: each shows the other.
  const [partner] = view.togetherWith === null ? [] : await views(tx, and(eq(bookings.personId, view.personId), eq(bookings.togetherWith, view.togetherWith), ne(bookings.id, view.id))!);
  return { ...view, partner: partner ?? null };
}

/** A person's bookings that are or were theirs to keep (not holds that ran out), newest first. */
export async function bookingsOf(tx: Tx, personId: number): Promise<BookingView[]> {
  return views(tx, and(eq(bookings.personId, personId), inArray(bookings.status, ["held", "pending", "confirmed", "on_hold", "cancelled", "declined"]))!, "latest");
}

/** For staff: every booking keeping a place between two London dates, for one bookable or one location, soonest first. */
export async function bookingsBetween(tx: Tx, from: Temporal.PlainDate, to: Temporal.PlainDate, filter: { bookableId?: number; location?: string } = {}): Promise<BookingView[]> {
  const start = new Date(from.toZonedDateTime("Europe/London").epochMilliseconds);
  const end = new Date(to.add({ days: 1 }).toZonedDateTime("Europe/London").epochMilliseconds);
  return views(
    tx,
    and(
      inArray(bookings.status, [...councilSchema.placeKeeping]),
      gte(bookings.startsAt, start),
      lt(bookings.startsAt, end),
      filter.bookableId === undefined ? undefined : eq(bookings.bookableId, filter.bookableId),
      filter.location === undefined ? undefined : eq(bookables.location, filter.location),
    )!,
  );
}
