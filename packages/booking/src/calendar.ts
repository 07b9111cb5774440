import { inLondon, Temporal, ZONE } from "@lgp/time";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalEventStatus } from "ical-generator";
import type { Bookable } from "./bookables";
import type { Booking } from "./hold";

/** One booking as a calendar shows it. */
export interface CalendarEvent {
  /** Stable for the booking, so a calendar updates its copy rather than adding another: see bookingEvent. */
  uid: string;
  start: Temporal.Instant;
  end: Temporal.Instant;
  summary: string;
  location: string;
  description: string;
  url?: string;
  status: "CONFIRMED" | "TENTATIVE" | "CANCELLED";
  sequence?: number;
}

const PRODUCT_ID = "//Local Government Platform//Bookings//EN";

/**
 * True when `at` falls in the hour the London clock shows twice as the clocks go back. RFC 5545 reads
 * such a TZID time as its first pass, but readers differ (ical.js takes the second), so it is written
 * in UTC, which every reader takes the same way.
 */
function inRepeatedHour(at: Temporal.Instant): boolean {
  const wall = inLondon(at).toPlainDateTime();
  const [first, second] = (["earlier", "later"] as const).map((disambiguation) => wall.toZonedDateTime(ZONE, { disambiguation }).toInstant());
  return !first!.equals(second!);
}

/**
 * The .ics text of `events`: one booking's email attachment, or a person's whole feed. Times are
 * written as London clock times (TZID=Europe/London, its VTIMEZONE included), so a weekly booking
 * stays at 10:00 either side of the clock changes; an event touching the repeated hour of October is
 * written in UTC instead. `prodId` is written after "PRODID:-", as "//Council//Bookings//EN".
 */
export function bookingCalendar(events: readonly CalendarEvent[], options: { name: string; prodId?: string }): string {
  // No calendar-wide zone name: given one, ical-generator writes DTSTAMP as a London time without its Z
  // (its issue #587). The generator alone still adds a VTIMEZONE for each zone the events name.
  const calendar = ical({ name: options.name, prodId: options.prodId ?? PRODUCT_ID, timezone: { name: null, generator: getVtimezoneComponent } });
  const stamp = Temporal.Now.instant();
  for (const event of events) {
    const zone = inRepeatedHour(event.start) || inRepeatedHour(event.end) ? null : ZONE;
    calendar.createEvent({
      id: event.uid,
      start: event.start,
      end: event.end,
      timezone: zone,
      stamp,
      summary: event.summary,
      location: event.location,
      description: event.description,
      url: event.url ?? null,
      status: ICalEventStatus[event.status],
      sequence: event.sequence ?? 0,
    });
  }
  return calendar.toString();
}

/** How each booking status shows in a calendar; a booking gone shows as cancelled so calendars drop it. */
const SHOWN_AS: Record<Booking["status"], CalendarEvent["status"]> = {
  held: "TENTATIVE",
  pending: "TENTATIVE",
  confirmed: "CONFIRMED",
  on_hold: "TENTATIVE",
  cancelled: "CANCELLED",
  declined: "CANCELLED",
  expired: "CANCELLED",
};

/**
 * A booking as a calendar event, the same in an email attachment and in a feed. Its UID is the
 * booking's reference at the council's site (`siteUrl`, its address), so every copy names one event:
 * a reschedule makes a new booking, so a booking's time never changes under its UID.
 */
export function bookingEvent(booking: Booking, bookable: Pick<Bookable, "name" | "description" | "location" | "postcode">, siteUrl: string): CalendarEvent {
  const place = bookable.postcode ? `${bookable.location}, ${bookable.postcode}` : bookable.location;
  return {
    uid: `${booking.reference}@${new URL(siteUrl).host}`,
    start: Temporal.Instant.fromEpochMilliseconds(booking.startsAt.getTime()),
    end: Temporal.Instant.fromEpochMilliseconds(booking.endsAt.getTime()),
    summary: bookable.name,
    location: place,
    description: [`Booking reference ${booking.reference}.`, bookable.description].filter(Boolean).join("\n\n"),
    status: SHOWN_AS[booking.status],
  };
}
