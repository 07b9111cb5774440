import { Temporal } from "temporal-polyfill";
import { inLondon, type Moment } from "./zone";

// Written out rather than taken from Intl, so the words never depend on the ICU data Node was built with.
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

const plainDate = (at: Moment | Temporal.PlainDate) => (at instanceof Temporal.PlainDate ? at : inLondon(at).toPlainDate());

/** GOV.UK style: "26 November 2026", no leading zero, no "th", no comma. Moments are dated in London. */
export function formatDate(at: Moment | Temporal.PlainDate): string {
  const d = plainDate(at);
  return `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
}

/** With its weekday, for a day people plan around: "Tuesday 1 December 2026". */
export function formatDay(at: Moment | Temporal.PlainDate): string {
  const d = plainDate(at);
  return `${WEEKDAYS[d.dayOfWeek - 1]} ${formatDate(d)}`;
}

/**
 * The time in London, GOV.UK style (its A to Z, "Times"): "5:30pm" not "17:30", lower-case am and pm
 * with no space, no leading zero, "midday" not "12pm", "midnight" not "12am". Its own examples write
 * whole hours without minutes ("10am to 11am"), so "3pm" but "3:04pm". Seconds are not shown.
 */
export function formatTime(at: Moment): string {
  const { hour, minute } = inLondon(at);
  if (minute === 0 && hour === 0) return "midnight";
  if (minute === 0 && hour === 12) return "midday";
  const minutes = minute === 0 ? "" : `:${String(minute).padStart(2, "0")}`;
  return `${hour % 12 || 12}${minutes}${hour < 12 ? "am" : "pm"}`;
}

/** "26 November 2026 at 3:04pm", in London. */
export function formatDateTime(at: Moment): string {
  return `${formatDate(at)} at ${formatTime(at)}`;
}

/** "Tuesday 1 December 2026 at 10am", in London: the weekday helps a reader place a booking. */
export function formatDayTime(at: Moment): string {
  return `${formatDay(at)} at ${formatTime(at)}`;
}

/** GOV.UK ranges say "to", never a dash: "10 November to 21 December 2026"; a year once when both share it. */
export function formatDateRange(from: Moment | Temporal.PlainDate, to: Moment | Temporal.PlainDate): string {
  const [start, end] = [plainDate(from), plainDate(to)];
  if (start.equals(end)) return formatDate(end);
  const first = start.year === end.year ? `${start.day} ${MONTHS[start.month - 1]}` : formatDate(start);
  return `${first} to ${formatDate(end)}`;
}
