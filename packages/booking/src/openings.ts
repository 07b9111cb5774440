import { Temporal, ZONE } from "@lgp/time";

/** Hours in London time, "09:00" to "17:00". */
export interface Hours {
  opens: string;
  closes: string;
}

/** A bookable's rules, all in London time: its week, and the dates that differ from it. */
export interface Availability {
  /** Monday is 1, Sunday 7, as Temporal counts. */
  weekly: readonly (Hours & { weekday: number })[];
  /** A date's own hours (extra or shorter ones), or none at all for a closure. */
  overrides: readonly { date: string; hours: readonly Hours[] }[];
  /** Most council services close on bank holidays; an override still opens one. */
  openOnBankHolidays: boolean;
}

/** A stretch of real time, in epoch milliseconds: rules are local, but what is booked is instants. */
export interface Span {
  start: number;
  end: number;
}

/**
 * When a bookable is open on one London date, as instants. An override for the date wins; then a bank
 * holiday closes it unless it opens on them; then its week.
 *
 * At the clock changes the hours keep their meaning on the wall: opening 00:00 to 04:00 on the last
 * Sunday of March is three real hours, on the last Sunday of October five. A time the clocks skip moves
 * on an hour; a time that happens twice opens at the first and closes at the second.
 */
export function openingsOn(date: Temporal.PlainDate, availability: Availability, bankHolidays: ReadonlyMap<string, string>): Span[] {
  const key = date.toString();
  const override = availability.overrides.find((o) => o.date === key);
  const hours = override
    ? override.hours
    : !availability.openOnBankHolidays && bankHolidays.has(key)
      ? []
      : availability.weekly.filter((w) => w.weekday === date.dayOfWeek);
  return hours
    .map((h) => ({ start: at(date, h.opens, "compatible"), end: at(date, h.closes, "later") }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start);
}

/**
 * Both rules move a skipped time on by the hour skipped; "compatible" takes a repeated time's first,
 * "later" its second. Kept once worked out: a page of many bookables asks for the same few London
 * times on the same dates over and over, and each answer never changes.
 */
const instants = new Map<string, number>();
function at(date: Temporal.PlainDate, time: string, disambiguation: "compatible" | "later"): number {
  const key = `${date}T${time}|${disambiguation}`;
  let found = instants.get(key);
  if (found === undefined) {
    found = date.toPlainDateTime(Temporal.PlainTime.from(time)).toZonedDateTime(ZONE, { disambiguation }).epochMilliseconds;
    // Bounded: a long-running server asks for years of dates.
    if (instants.size >= 50_000) instants.clear();
    instants.set(key, found);
  }
  return found;
}
