import { councilSchema, type Tx } from "@lgp/db";
import { inLondon, Temporal } from "@lgp/time";
import { and, eq, gt, inArray, lt, ne, or, sql } from "drizzle-orm";
import { bankHolidaysBetween } from "./bank-holidays";
import { rulesOf, type Bookable } from "./bookables";
import { councilDivision } from "./settings";
import { freeSlots, type Slot } from "./slots";
import type { Span } from "./openings";

const { bookings } = councilSchema;

/** How far either side the search for other times reaches when the one asked for has gone. */
const NEAREST_DAYS = 7;

/**
 * What the bookable's bookings block from `from` to `to`: those keeping a place, less holds already
 * run out (released by the next booking or the job, whichever comes first) and less `except`.
 */
export async function takenSpans(tx: Tx, bookableId: number, from: Date, to: Date, now: Date, except?: number): Promise<Span[]> {
  const rows = await tx
    .select({ from: bookings.blockedFrom, until: bookings.blockedUntil })
    .from(bookings)
    .where(
      and(
        eq(bookings.bookableId, bookableId),
        inArray(bookings.status, [...councilSchema.placeKeeping]),
        or(ne(bookings.status, "held"), gt(bookings.holdExpiresAt, now)),
        lt(bookings.blockedFrom, to),
        gt(bookings.blockedUntil, from),
        except === undefined ? sql`true` : ne(bookings.id, except),
      ),
    );
  return rows.map((r) => ({ start: r.from.getTime(), end: r.until.getTime() }));
}

/**
 * The bookable's free times from `from` to `to` (London dates, inclusive), earliest first; with
 * `ignoringBookings`, every time it offers, free or not.
 */
export async function freeTimes(
  tx: Tx,
  bookable: Bookable,
  window: { from: Temporal.PlainDate; to: Temporal.PlainDate; now: Temporal.Instant; except?: number; ignoringBookings?: boolean },
): Promise<Slot[]> {
  const { rules, availability } = rulesOf(bookable);
  const division = await councilDivision(tx);
  const holidays = bankHolidaysBetween(division, window.from, window.to);
  // A day either side: buffers and the clock changes never reach further.
  const start = new Date(window.from.subtract({ days: 1 }).toZonedDateTime("Europe/London").epochMilliseconds);
  const end = new Date(window.to.add({ days: 2 }).toZonedDateTime("Europe/London").epochMilliseconds);
  const taken = window.ignoringBookings ? [] : await takenSpans(tx, bookable.id, start, end, new Date(window.now.epochMilliseconds), window.except);
  return freeSlots(rules, availability, holidays, taken, window);
}

/** A week either side of the London day of `around`, from today at the earliest: where the nearest other times are looked for. */
export function nearWindow(around: Temporal.Instant, now: Temporal.Instant, except?: number) {
  const day = inLondon(around).toPlainDate();
  const today = inLondon(now).toPlainDate();
  const weekBefore = day.subtract({ days: NEAREST_DAYS });
  const from = Temporal.PlainDate.compare(weekBefore, today) < 0 ? today : weekBefore;
  const to = day.add({ days: NEAREST_DAYS });
  return { from, to: Temporal.PlainDate.compare(to, from) < 0 ? from : to, now, except };
}
