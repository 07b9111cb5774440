import { councilSchema, InputError, type Tx } from "@lgp/db";
import { Temporal } from "@lgp/time";
import { and, asc, eq, gt, inArray, ne, or, sql } from "drizzle-orm";
import { z } from "zod";
import { checkedOwner } from "./bookable-owners";
import type { Availability } from "./openings";
import type { SlotRules } from "./slots";

export { bookableOwners, type BookableOwners } from "./bookable-owners";

const { bookables, bookings } = councilSchema;
export type Bookable = typeof bookables.$inferSelect;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "Enter a time like 09:00 or 17:30" });
const hours = z.strictObject({ opens: time, closes: time }).refine((h) => h.closes > h.opens, { error: "Closing time must be after opening time" });
const minutes = (what: string, most: number) =>
  z
    .number({ error: `Enter ${what} in minutes` })
    .int({ error: `Enter ${what} as a whole number of minutes` })
    .min(0, { error: `Enter ${what} of 0 minutes or more` })
    .max(most, { error: `Enter ${what} of ${most} minutes or less` });

/** One date's own hours, in London time: none at all closes it that day. */
export const dateHoursInput = z.strictObject({ date: z.iso.date({ error: "Enter a real date" }), hours: z.array(hours).max(10) });
export type DateHoursInput = z.input<typeof dateHoursInput>;

const overrides = z.array(dateHoursInput).max(400, { error: "A bookable can have 400 dates with their own hours at most. Remove some past ones first." });

/** A bookable as staff describe it. Owners are checked against the council's records when it is saved. */
export const bookableInput = z.strictObject({
  kind: z.enum(councilSchema.bookableKind, { error: "Choose what kind of thing is booked" }),
  name: z.string({ error: "Enter a name" }).trim().min(1, { error: "Enter a name" }).max(120, { error: "Name must be 120 characters or fewer" }),
  description: z.string().trim().max(2000, { error: "Description must be 2000 characters or fewer" }).default(""),
  offerId: z.number().int().positive().nullable().default(null),
  helperId: z.number().int().positive().nullable().default(null),
  staffId: z.number().int().positive().nullable().default(null),
  organisationId: z.number().int().positive().nullable().default(null),
  location: z.string({ error: "Enter where it is" }).trim().min(1, { error: "Enter where it is" }).max(300, { error: "Location must be 300 characters or fewer" }),
  postcode: z.string().trim().toUpperCase().max(10, { error: "Enter a postcode, like KT1 1EU" }).nullable().default(null),
  accessibility: z
    .array(z.string().trim().min(1).max(60, { error: "Keep each access feature to 60 characters or fewer" }))
    .max(20, { error: "List 20 access features or fewer" })
    .default([]),
  durationMinutes: minutes("how long each booking lasts", 1440).min(5, { error: "Each booking must last at least 5 minutes" }),
  bufferBeforeMinutes: minutes("the time kept clear before", 720).default(0),
  bufferAfterMinutes: minutes("the time kept clear after", 720).default(0),
  noticeMinutes: minutes("the notice needed", 60 * 24 * 60).default(0),
  horizonDays: z
    .number({ error: "Enter how many days ahead it can be booked" })
    .int({ error: "Enter a whole number of days ahead" })
    .min(0, { error: "Enter 0 days or more ahead" })
    .max(730, { error: "Enter 730 days or fewer" })
    .default(60),
  needsApproval: z.boolean().default(false),
  capacity: z.number({ error: "Enter how many places" }).int({ error: "Enter a whole number of places" }).min(1, { error: "Enter at least 1 place" }).max(500, { error: "Enter 500 places or fewer" }).default(1),
  openOnBankHolidays: z.boolean().default(false),
  weekly: z.array(hours.and(z.strictObject({ weekday: z.number().int().min(1).max(7) }))).max(70).default([]),
  overrides: overrides.default([]),
});
export type BookableInput = z.input<typeof bookableInput>;

/** A change to a bookable: everything but its dates' own hours, which setDateHours and removeDateHours change one date at a time. */
const bookableChanges = bookableInput.omit({ overrides: true });
export type BookableChanges = z.input<typeof bookableChanges>;

/** The checks a bookable passes whether added or changed: its places fit its kind, and its owner is the council's. */
async function checked<T extends z.output<typeof bookableChanges>>(tx: Tx, parsed: T): Promise<T> {
  if ((parsed.kind === "offer" || parsed.kind === "appointment") && parsed.capacity !== 1) {
    throw new InputError("An offer or an appointment is one to one", { capacity: "An offer or an appointment has 1 place" });
  }
  return { ...parsed, ...(await checkedOwner(tx, parsed.kind, parsed)) };
}

/** Adds a bookable; a person or an offer given as its owner must be this council's. */
export async function addBookable(tx: Tx, input: BookableInput): Promise<Bookable> {
  const [row] = await tx
    .insert(bookables)
    .values(await checked(tx, bookableInput.parse(input)))
    .returning();
  return row!;
}

export async function bookableById(tx: Tx, id: number): Promise<Bookable | null> {
  const [row] = await tx.select().from(bookables).where(eq(bookables.id, id));
  return row ?? null;
}

/** Locks the row, so two admins changing one bookable at once, or an admin and a booking counting its places, take turns. */
async function lockedBookable(tx: Tx, id: number): Promise<Bookable | null> {
  const [row] = await tx.select().from(bookables).where(eq(bookables.id, id)).for("update");
  return row ?? null;
}

/** Whether any booking still to end keeps a place (a hold that has run out keeps none). */
async function hasFutureBookings(tx: Tx, id: number, at: Temporal.Instant): Promise<boolean> {
  const now = new Date(at.epochMilliseconds);
  const [row] = await tx
    .select({ id: bookings.id })
    .from(bookings)
    .where(and(eq(bookings.bookableId, id), inArray(bookings.status, [...councilSchema.placeKeeping]), or(ne(bookings.status, "held"), gt(bookings.holdExpiresAt, now)), gt(bookings.endsAt, now)))
    .limit(1);
  return row !== undefined;
}

/**
 * Changes a bookable, with the checks it was added with; null when the council has none with that id.
 * Bookings already made keep their times (those ending after `now` are still to come). Its kind cannot
 * change: add another instead.
 */
export async function updateBookable(tx: Tx, id: number, input: BookableChanges, now = Temporal.Now.instant()): Promise<{ before: Bookable; after: Bookable } | null> {
  const parsed = bookableChanges.parse(input);
  const before = await lockedBookable(tx, id);
  if (!before) return null;
  if (parsed.kind !== before.kind) throw new InputError("What kind of thing is booked cannot change. Add it again as the new kind.", { kind: "What kind of thing is booked cannot change" });
  // A booking copies `exclusive` (one at a time) when it is made, and the exclusion constraint guards only
  // those marked so: between one place and several, bookings already made would be guarded by the wrong rule.
  if ((parsed.capacity === 1) !== (before.capacity === 1) && (await hasFutureBookings(tx, id, now))) {
    throw new InputError("Cancel or move its future bookings before changing its places", { capacity: "Cancel or move its future bookings before changing its places" });
  }
  const [after] = await tx
    .update(bookables)
    .set({ ...(await checked(tx, parsed)), updatedAt: sql`now()` })
    .where(eq(bookables.id, id))
    .returning();
  return { before, after: after! };
}

async function setStatus(tx: Tx, id: number, status: Bookable["status"], already: string): Promise<Bookable | null> {
  const bookable = await lockedBookable(tx, id);
  if (!bookable) return null;
  if (bookable.status === status) throw new InputError(`${bookable.name} ${already}.`);
  const [changed] = await tx.update(bookables).set({ status, updatedAt: sql`now()` }).where(eq(bookables.id, id)).returning();
  return changed!;
}

/** Stops a bookable being booked; bookings already made for it stay. Null when there is no such bookable. */
export const archiveBookable = (tx: Tx, id: number) => setStatus(tx, id, "archived", "is already archived");

/** Lets an archived bookable be booked again; null when there is no such bookable. */
export const restoreBookable = (tx: Tx, id: number) => setStatus(tx, id, "active", "can already be booked");

async function setOverrides(tx: Tx, id: number, change: (overrides: Bookable["overrides"]) => Bookable["overrides"]): Promise<Bookable | null> {
  const bookable = await lockedBookable(tx, id);
  if (!bookable) return null;
  const changed = overrides.parse(change(bookable.overrides)).sort((a, b) => a.date.localeCompare(b.date));
  const [row] = await tx.update(bookables).set({ overrides: changed, updatedAt: sql`now()` }).where(eq(bookables.id, id)).returning();
  return row!;
}

/** Gives one date its own hours (replacing any it had), earliest first; no hours closes it all day. Null when there is no such bookable. */
export async function setDateHours(tx: Tx, id: number, input: DateHoursInput): Promise<Bookable | null> {
  const given = dateHoursInput.parse(input);
  const day = { date: given.date, hours: [...given.hours].sort((a, b) => a.opens.localeCompare(b.opens)) };
  return setOverrides(tx, id, (all) => [...all.filter((o) => o.date !== day.date), day]);
}

/** Returns a date to the bookable's week; null when there is no such bookable. */
export async function removeDateHours(tx: Tx, id: number, date: string): Promise<Bookable | null> {
  return setOverrides(tx, id, (all) => {
    if (!all.some((o) => o.date === date)) throw new InputError("That date has no hours of its own. Choose one from the list.");
    return all.filter((o) => o.date !== date);
  });
}

/** Every bookable, for the council's admins: those that can be booked, then those archived, each by name. */
export async function adminBookables(tx: Tx): Promise<Bookable[]> {
  return tx
    .select()
    .from(bookables)
    .orderBy(sql`${bookables.status} = 'archived'`, asc(bookables.name), asc(bookables.id));
}

/** What slot finding reads of a bookable: its rules and its hours. */
export function rulesOf(bookable: Bookable): { rules: SlotRules; availability: Availability } {
  return {
    rules: {
      durationMinutes: bookable.durationMinutes,
      bufferBeforeMinutes: bookable.bufferBeforeMinutes,
      bufferAfterMinutes: bookable.bufferAfterMinutes,
      noticeMinutes: bookable.noticeMinutes,
      horizonDays: bookable.horizonDays,
      capacity: bookable.capacity,
    },
    availability: { weekly: bookable.weekly, overrides: bookable.overrides, openOnBankHolidays: bookable.openOnBankHolidays },
  };
}
