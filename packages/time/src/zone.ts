import { Temporal } from "temporal-polyfill";

/** Every council on the platform keeps UK time, so there is one zone, named once. */
export const ZONE = "Europe/London";

/** A point in time as the database gives it (Date, from timestamptz) or as Temporal code holds it. */
export type Moment = Date | Temporal.Instant;

export function toInstant(at: Moment): Temporal.Instant {
  return at instanceof Date ? Temporal.Instant.fromEpochMilliseconds(at.getTime()) : at;
}

/** The date and time a clock in London shows at that moment, whatever zone the process runs in. */
export function inLondon(at: Moment): Temporal.ZonedDateTime {
  return toInstant(at).toZonedDateTimeISO(ZONE);
}

export function todayInLondon(now: Moment = Temporal.Now.instant()): Temporal.PlainDate {
  return inLondon(now).toPlainDate();
}

/**
 * The instant a London date and time names. At the clock changes this uses Temporal's "compatible"
 * disambiguation, the rule iCalendar (RFC 5545) and JavaScript's Date follow, so what we store agrees
 * with the calendars residents import:
 * - a time the clocks skip (01:30 on the last Sunday of March) is moved on by the hour skipped, to
 *   02:30 BST, the same instant as 01:30 GMT would have been;
 * - a time that happens twice (01:30 on the last Sunday of October) is the first one, in BST.
 */
export function londonToInstant(date: Temporal.PlainDate, time: Temporal.PlainTime): Temporal.Instant {
  return date.toPlainDateTime(time).toZonedDateTime(ZONE, { disambiguation: "compatible" }).toInstant();
}
