import { Temporal, todayInLondon } from "@lgp/time";
import { openingsOn, type Availability, type Span } from "./openings";

const MINUTE = 60_000;

/** How a bookable is booked: each booking's length and the time kept clear either side, how soon and how far ahead. */
export interface SlotRules {
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  /** The least time between booking and the start. */
  noticeMinutes: number;
  /** How many days ahead it can be booked, counting today as day 0. */
  horizonDays: number;
  /** One for a person or a room; a group session's places. */
  capacity: number;
}

/** A time that can be booked, as instants (epoch milliseconds), with the places still free. */
export interface Slot extends Span {
  placesLeft: number;
}

/** What a booking keeps from others: its own time and the bookable's buffers either side. */
export function blockedBy(time: Span, rules: Pick<SlotRules, "bufferBeforeMinutes" | "bufferAfterMinutes">): Span {
  return { start: time.start - rules.bufferBeforeMinutes * MINUTE, end: time.end + rules.bufferAfterMinutes * MINUTE };
}

/**
 * The most of `taken` (sorted by start) that overlap one another at any instant inside `span`
 * (half-open, as Postgres ranges). Only those starting before the span ends can overlap it.
 */
export function mostAtOnce(taken: readonly Span[], span: Span): number {
  const edges: [number, number][] = [];
  for (const t of taken) {
    if (t.start >= span.end) break;
    if (span.start < t.end) edges.push([Math.max(t.start, span.start), 1], [Math.min(t.end, span.end), -1]);
  }
  if (edges.length <= 2) return edges.length / 2;
  // An end before a start at the same instant: back-to-back bookings never overlap.
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let most = 0;
  for (const [, step] of edges) most = Math.max(most, (now += step));
  return most;
}

/** The London dates from `from` to `to`, as text and weekday, kept once worked out (every bookable of a page walks the same days). */
const calendars = new Map<string, { date: Temporal.PlainDate; key: string }[]>();
function londonDays(from: Temporal.PlainDate, to: Temporal.PlainDate) {
  const key = `${from}/${to}`;
  let days = calendars.get(key);
  if (!days) {
    days = [];
    for (let date = from; Temporal.PlainDate.compare(date, to) <= 0; date = date.add({ days: 1 })) days.push({ date, key: date.toString() });
    if (calendars.size >= 1_000) calendars.clear();
    calendars.set(key, days);
  }
  return days;
}

/**
 * Every bookable time from `from` to `to` (London dates, inclusive) with a place free, earliest first.
 * Times are laid end to end through each opening, each kept apart by the buffers, and must end by the
 * opening's close; those sooner than the notice or beyond the horizon are left out. `taken` is what the
 * bookings already made block (their buffers included).
 */
export function freeSlots(
  rules: SlotRules,
  availability: Availability,
  bankHolidays: ReadonlyMap<string, string>,
  taken: readonly Span[],
  window: { from: Temporal.PlainDate; to: Temporal.PlainDate; now: Temporal.Instant },
): Slot[] {
  const earliest = window.now.epochMilliseconds + rules.noticeMinutes * MINUTE;
  const lastDay = todayInLondon(window.now).add({ days: rules.horizonDays });
  const to = Temporal.PlainDate.compare(window.to, lastDay) > 0 ? lastDay : window.to;
  const step = (rules.bufferBeforeMinutes + rules.durationMinutes + rules.bufferAfterMinutes) * MINUTE;
  const length = rules.durationMinutes * MINUTE;
  const slots: Slot[] = [];
  // Sorted by start, so each time looks only at the bookings before its end.
  const sorted = taken.every((t, i) => i === 0 || taken[i - 1]!.start <= t.start) ? taken : [...taken].sort((a, b) => a.start - b.start);
  for (const { date } of londonDays(window.from, to)) {
    for (const opening of openingsOn(date, availability, bankHolidays)) {
      for (let start = opening.start; start + length <= opening.end; start += step) {
        if (start < earliest) continue;
        const time = { start, end: start + length };
        const placesLeft = rules.capacity - mostAtOnce(sorted, blockedBy(time, rules));
        if (placesLeft > 0) slots.push({ ...time, placesLeft });
      }
    }
  }
  return slots;
}

/** The free times nearest to `wanted`, for a conflict to offer instead: nearest first, then earlier. */
export function nearestSlots(slots: readonly Slot[], wanted: number, count = 3): Slot[] {
  return [...slots].sort((a, b) => Math.abs(a.start - wanted) - Math.abs(b.start - wanted) || a.start - b.start).slice(0, count);
}
