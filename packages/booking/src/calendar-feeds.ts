import { createHash, randomBytes } from "node:crypto";
import { councilSchema, type Tx } from "@lgp/db";
import { inLondon, Temporal } from "@lgp/time";
import { and, asc, eq, gte, inArray, isNull } from "drizzle-orm";
import { bookingEvent, type CalendarEvent } from "./calendar";

const { bookables, bookings, calendarFeeds, people } = councilSchema;

/** Only the hash is kept, so a copy of the table gives no one a working feed address. */
const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * A new private feed address for the person, as its token: shown to them once, never kept. Any
 * earlier address of theirs stops working, so each person has one live address.
 */
export async function createCalendarFeed(tx: Tx, personId: number, now = Temporal.Now.instant()): Promise<string> {
  // The person's row is the lock: two requests at once still leave one live address.
  await tx.select({ id: people.id }).from(people).where(eq(people.id, personId)).for("no key update");
  await revokeCalendarFeed(tx, personId, now);
  const token = randomBytes(32).toString("base64url");
  await tx.insert(calendarFeeds).values({ personId, tokenHash: hashOf(token) });
  return token;
}

/** Stops the person's feed address working; their calendars keep what they last fetched. */
export async function revokeCalendarFeed(tx: Tx, personId: number, now = Temporal.Now.instant()): Promise<void> {
  const at = new Date(now.epochMilliseconds);
  await tx
    .update(calendarFeeds)
    .set({ revokedAt: at, updatedAt: at })
    .where(and(eq(calendarFeeds.personId, personId), isNull(calendarFeeds.revokedAt)));
}

/** Whose feed a token opens: null for a revoked or unknown one. */
export async function personForFeedToken(tx: Tx, token: string): Promise<number | null> {
  const [feed] = await tx
    .select({ personId: calendarFeeds.personId })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.tokenHash, hashOf(token)), isNull(calendarFeeds.revokedAt)));
  return feed?.personId ?? null;
}

/** How far back a feed reaches: enough to look up a recent booking, without a person's whole history. */
const FEED_DAYS_BACK = 30;

/**
 * The person's bookings from 30 days before `now` on, earliest first, for their feed: confirmed and
 * pending ones, and cancelled ones marked so, so calendars that copied them take them off.
 */
export async function feedEvents(tx: Tx, personId: number, now: Temporal.Instant, siteUrl: string): Promise<CalendarEvent[]> {
  const from = inLondon(now).subtract({ days: FEED_DAYS_BACK }).toInstant();
  const rows = await tx
    .select({ booking: bookings, bookable: bookables })
    .from(bookings)
    .innerJoin(bookables, eq(bookables.id, bookings.bookableId))
    .where(
      and(
        eq(bookings.personId, personId),
        inArray(bookings.status, ["confirmed", "pending", "cancelled"]),
        gte(bookings.startsAt, new Date(from.epochMilliseconds)),
      ),
    )
    .orderBy(asc(bookings.startsAt), asc(bookings.id));
  return rows.map(({ booking, bookable }) => bookingEvent(booking, bookable, siteUrl));
}
