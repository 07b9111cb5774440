import { councilSchema, type Tx } from "@lgp/db";
import { inLondon, Temporal } from "@lgp/time";
import { and, gt, inArray, lt, ne, or, sql } from "drizzle-orm";
import { bankHolidaysBetween } from "./bank-holidays";
import { rulesOf, type Bookable } from "./bookables";
import { councilDivision } from "./settings";
import { freeSlots, type Slot } from "./slots";
import type { Span } from "./openings";

const { bookings } = councilSchema;

/** How far either side the search for other times reaches when the one asked for has gone. */
const NEAREST_DAYS = 7;

/**
 * What the bookables' bookings block from `from` to `to`, each bookable's spans sorted by start: those
 * keeping a place, less holds already run out (released by the next booking or the job, whichever
 * comes first) and less `except`. One query however many bookables.
 */
export async function takenSpansOf(tx: Tx, bookableIds: readonly number[], from: Date, to: Date, now: Date, except?: number): Promise<Map<number, Span[]>> {
  const taken = new Map<number, Span[]>(bookableIds.map((id) => [id, []]));
  if (bookableIds.length === 0) return taken;
  // A row a bookable, its spans as one JSON list of epoch milliseconds: a page of many bookables reads
  // thousands of bookings, and a row and two Dates each cost more than the query (on PGlite above all).
  const rows = await tx
    .select({
      bookableId: bookings.bookableId,
      spans: sql<[number, number][]>`json_agg(json_build_array(extract(epoch from ${bookings.blockedFrom}) * 1000, extract(epoch from ${bookings.blockedUntil}) * 1000) order by ${bookings.blockedFrom})`,
    })
    .from(bookings)
    .where(
      and(
        inArray(bookings.bookableId, [...bookableIds]),
        inArray(bookings.status, [...councilSchema.placeKeeping]),
        or(ne(bookings.status, "held"), gt(bookings.holdExpiresAt, now)),
        lt(bookings.blockedFrom, to),
        gt(bookings.blockedUntil, from),
        except === undefined ? sql`true` : ne(bookings.id, except),
      ),
    )
    .groupBy(bookings.bookableId);
  for (const r of rows) taken.set(r.bookableId, r.spans.map(([start, end]) => ({ start: Number(start), end: Number(end) })));
  return taken;
}

type Window = { from: Temporal.PlainDate; to: Temporal.PlainDate; now: Temporal.Instant; except?: number; ignoringBookings?: boolean };

/**
 * Each bookable's free times from `from` to `to` (London dates, inclusive), earliest first; with
 * `ignoringBookings`, every time it offers, free or not. The council's bank holidays and every
 * bookable's bookings are read once, whatever the number of bookables (a page of many).
 */
export async function freeTimesOfAll(tx: Tx, bookables: readonly Bookable[], window: Window): Promise<Map<number, Slot[]>> {
  const holidays = bankHolidaysBetween(await councilDivision(tx), window.from, window.to);
  // A day either side: buffers and the clock changes never reach further.
  const start = new Date(window.from.subtract({ days: 1 }).toZonedDateTime("Europe/London").epochMilliseconds);
  const end = new Date(window.to.add({ days: 2 }).toZonedDateTime("Europe/London").epochMilliseconds);
  const taken = window.ignoringBookings ? new Map<number, Span[]>() : await takenSpansOf(tx, bookables.map((b) => b.id), start, end, new Date(window.now.epochMilliseconds), window.except);
  return new Map(
    bookables.map((bookable) => {
      const { rules, availability } = rulesOf(bookable);
      return [bookable.id, freeSlots(rules, availability, holidays, taken.get(bookable.id) ?? [], window)];
    }),
  );
}

/** One bookable's free times (see freeTimesOfAll). */
export async function freeTimes(tx: Tx, bookable: Bookable, window: Window): Promise<Slot[]> {
  return (await freeTimesOfAll(tx, [bookable], window)).get(bookable.id) ?? [];
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
