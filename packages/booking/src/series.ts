import { councilSchema, InputError, type Tx } from "@lgp/db";
import { formatDayTime, inLondon, Temporal, todayInLondon } from "@lgp/time";
import { eq } from "drizzle-orm";
import { bankHolidaysBetween } from "./bank-holidays";
import { bookableById, rulesOf, type Bookable } from "./bookables";
import { confirmBooking } from "./changes";
import { BookingConflict } from "./errors";
import { freeTimes, nearWindow } from "./free-times";
import { holdTime, TAKEN, type Booking } from "./hold";
import { openingsOn } from "./openings";
import { councilDivision } from "./settings";
import { nearestSlots, type Slot } from "./slots";

const { matches, needs } = councilSchema;

const MOST_WEEKS = 52;
const MINUTE = 60_000;

/** One week's session of a series as planned: free to book, or why not and the nearest free times instead. */
export interface Occurrence {
  startsAt: Temporal.Instant;
  free: boolean;
  reason?: string;
  nearest: Slot[];
}

/** The accepted match's resident, and the bookable, checked fit for booking the match's sessions. */
async function matchAndBookable(tx: Tx, matchId: number, bookableId: number): Promise<{ residentId: number; bookable: Bookable }> {
  const [match] = await tx
    .select({ status: matches.status, helperId: matches.helperId, residentId: needs.residentId })
    .from(matches)
    .innerJoin(needs, eq(needs.id, matches.needId))
    .where(eq(matches.id, matchId));
  if (!match) throw new InputError("There is no such match.");
  if (match.status !== "accepted") throw new InputError("Only a match the resident has accepted can be booked.");
  const bookable = await bookableById(tx, bookableId);
  if (!bookable || bookable.status !== "active") throw new InputError("That can no longer be booked. Choose something else.");
  // Another helper's offer would book the resident with someone they never accepted.
  if (bookable.kind === "offer" && bookable.helperId !== match.helperId) {
    throw new InputError("That is another helper's offer. Choose this helper's offer or a room.");
  }
  return { residentId: match.residentId, bookable };
}

/**
 * The weekly sessions from `firstStart` for `weeks` weeks, each at the same London clock time across the
 * clock changes, and whether each can be booked: nothing is written, so staff can keep or drop each one.
 */
export async function planSeries(
  tx: Tx,
  plan: { matchId: number; bookableId: number; firstStart: Temporal.Instant; weeks: number; now: Temporal.Instant },
): Promise<{ occurrences: Occurrence[] }> {
  if (!Number.isInteger(plan.weeks) || plan.weeks < 1 || plan.weeks > MOST_WEEKS) {
    throw new InputError(`Choose between 1 and ${MOST_WEEKS} weeks.`, { weeks: `Enter a whole number of weeks from 1 to ${MOST_WEEKS}` });
  }
  const { bookable } = await matchAndBookable(tx, plan.matchId, plan.bookableId);
  const first = inLondon(plan.firstStart);
  const occurrences: Occurrence[] = [];
  for (let week = 0; week < plan.weeks; week++) {
    occurrences.push(await occurrence(tx, bookable, first.add({ weeks: week }).toInstant(), plan.now));
  }
  return { occurrences };
}

async function occurrence(tx: Tx, bookable: Bookable, startsAt: Temporal.Instant, now: Temporal.Instant): Promise<Occurrence> {
  const day = inLondon(startsAt).toPlainDate();
  const isStart = (slots: readonly Slot[]) => slots.some((slot) => slot.start === startsAt.epochMilliseconds);
  if (isStart(await freeTimes(tx, bookable, { from: day, to: day, now }))) return { startsAt, free: true, nearest: [] };
  const offered = isStart(await freeTimes(tx, bookable, { from: day, to: day, now, ignoringBookings: true }));
  const reason = offered ? "Taken" : await whyNotOffered(tx, bookable, startsAt, now);
  const nearest = nearestSlots(await freeTimes(tx, bookable, nearWindow(startsAt, now)), startsAt.epochMilliseconds);
  return { startsAt, free: false, reason, nearest };
}

/** Why a time is not one of the bookable's times at all, in the words staff see beside it. */
async function whyNotOffered(tx: Tx, bookable: Bookable, startsAt: Temporal.Instant, now: Temporal.Instant): Promise<string> {
  const { rules, availability } = rulesOf(bookable);
  const day = inLondon(startsAt).toPlainDate();
  if (startsAt.epochMilliseconds < now.epochMilliseconds + rules.noticeMinutes * MINUTE) return "Too soon";
  if (Temporal.PlainDate.compare(day, todayInLondon(now).add({ days: rules.horizonDays })) > 0) return "Too far ahead";
  const division = await councilDivision(tx);
  const holiday = bankHolidaysBetween(division, day, day).get(day.toString());
  // Closed for the holiday only if it would otherwise have been open that day.
  if (holiday && openingsOn(day, availability, new Map()).length > 0 && openingsOn(day, availability, new Map([[day.toString(), holiday]])).length === 0) {
    return `Closed (${holiday})`;
  }
  return "Outside its hours";
}

/**
 * Books the sessions staff kept from a plan for the match's resident, all or nothing: each is held and
 * confirmed (or left pending where the bookable needs approval). A session taken meanwhile undoes the
 * rest and is named in the conflict; a retry with the same key gets the same bookings back.
 */
export async function bookSeries(
  tx: Tx,
  series: { matchId: number; bookableId: number; starts: readonly Temporal.Instant[]; bookedBy: number; idempotencyKey: string; now: Temporal.Instant },
): Promise<Booking[]> {
  if (series.starts.length < 1 || series.starts.length > MOST_WEEKS) throw new InputError(`Keep between 1 and ${MOST_WEEKS} sessions to book.`);
  const { residentId, bookable } = await matchAndBookable(tx, series.matchId, series.bookableId);
  return tx.transaction(async (inner) => {
    const booked: Booking[] = [];
    for (const [i, startsAt] of series.starts.entries()) {
      const wanted = { bookableId: bookable.id, startsAt, personId: residentId, bookedBy: series.bookedBy, idempotencyKey: `${series.idempotencyKey}:${i}`, matchId: series.matchId, now: series.now };
      try {
        booked.push(await confirmBooking(inner, (await holdTime(inner, wanted)).id, series.now));
      } catch (error) {
        if (error instanceof BookingConflict) throw new BookingConflict(sessionGone(startsAt, error.message), error.nearest);
        throw error;
      }
    }
    return booked;
  });
}

/** "The session on Tuesday 7 April 2026 at 10am has just been taken. Check the series again." */
function sessionGone(startsAt: Temporal.Instant, why: string): string {
  const when = formatDayTime(startsAt);
  return `The session on ${when} ${why === TAKEN ? "has just been taken" : "can no longer be booked"}. Check the series again.`;
}
