import { defineEmailTemplate } from "@lgp/email";
import { formatDayTime } from "@lgp/time";
import type { Bookable } from "./bookables";
import { bookingCalendar, bookingEvent } from "./calendar";
import type { Booking } from "./hold";

/*
 * The emails booking sends. Each is queued in the transaction that causes it, so a change that rolls
 * back sends nothing.
 */

/** What was booked, where and when, as an email says them. */
export interface BookingDetails {
  url: string;
  reference: string;
  what: string;
  where: string;
  when: string;
}

/** To the first person waiting: a place came free and is held for them until `holdEnds`. */
export const placeOfferedEmail = defineEmailTemplate<BookingDetails & { holdEnds: string }>({
  kind: "booking-place-offered",
  notifyField: "waitlistPlaceOfferedTemplateId",
  title: "waitlist place offered",
  word: (sender, { url, reference, what, where, when, holdEnds }) => ({
    subject: `A place has come free: ${what} on ${when}`,
    lines: [
      `A place has come free for ${what} at ${where} on ${when}. You were first on the waitlist, so we are holding it for you.`,
      `Confirm the booking by ${holdEnds} to keep the place. After that it will be offered to the next person waiting.`,
      `Your booking reference is ${reference}.`,
    ],
    action: "Confirm your booking",
    url,
    personalisation: { reference, what, where, when, hold_ends: holdEnds },
  }),
});

/** To the person booked, the council's reminder hours before: what, where and when. */
export const bookingReminderEmail = defineEmailTemplate<BookingDetails>({
  kind: "booking-reminder",
  notifyField: "bookingReminderTemplateId",
  title: "booking reminder",
  word: (sender, { url, reference, what, where, when }) => ({
    subject: `Reminder: ${what} on ${when}`,
    lines: [
      `This is a reminder of your booking for ${what} on ${when}.`,
      `Where: ${where}.`,
      `Your booking reference is ${reference}.`,
      "If you can no longer come, please cancel the booking so someone else can have the place.",
    ],
    action: "See your booking",
    url,
    personalisation: { reference, what, where, when },
  }),
});

/** A booking as a notice to its person tells it: the booking, what was booked, and the council's site for links. */
export interface BookingNotice {
  booking: Booking;
  bookable: Pick<Bookable, "name" | "description" | "location" | "postcode">;
  siteUrl: string;
}

/** `method=PUBLISH`: a copy to keep, not an invitation to answer. */
const CALENDAR_TYPE = "text/calendar; charset=utf-8; method=PUBLISH";

/** What, where and when, worded as the calendar file words them, so the email and the file agree. */
function told({ booking, bookable, siteUrl }: BookingNotice) {
  const event = bookingEvent(booking, bookable, siteUrl);
  const url = `${siteUrl}/bookings/${booking.id}`;
  return { event, url, calendarUrl: `${url}/calendar.ics`, reference: booking.reference, what: event.summary, where: event.location, when: formatDayTime(booking.startsAt) };
}

/**
 * To the person booked, once they confirm: the booking with its .ics attached. A booking waiting for
 * staff approval is told so, with no calendar file until it is approved (this email is sent again then).
 * The calendar file's address is a line of its own and in Notify's fields, as Notify sends no attachments.
 */
export const bookingConfirmedEmail = defineEmailTemplate<BookingNotice>({
  kind: "booking-confirmed",
  notifyField: "bookingConfirmedTemplateId",
  title: "booking confirmed",
  word: (sender, notice) => {
    const { event, url, calendarUrl, reference, what, where, when } = told(notice);
    const pending = notice.booking.status === "pending";
    return {
      subject: pending ? `Booking request received: ${what} on ${when}` : `Booking confirmed: ${what} on ${when}`,
      lines: [
        pending
          ? `We have your request to book ${what} on ${when}. The council's staff must approve it first. We will email you when they have.`
          : `Your booking for ${what} on ${when} is confirmed.`,
        `Where: ${where}.`,
        `When: ${when}.`,
        `Your booking reference is ${reference}.`,
        ...(pending ? [] : [`Add it to your calendar: ${calendarUrl}`]),
      ],
      action: "View or change your booking",
      url,
      personalisation: { reference, what, where, when, calendar_link: calendarUrl, waiting_for_approval: pending ? "yes" : "no" },
      ...(pending ? {} : { attachments: [{ filename: `booking-${reference}.ics`, contentType: CALENDAR_TYPE, content: bookingCalendar([event], { name: sender.name }) }] }),
    };
  },
});

/** To the person booked, once their booking is cancelled (by them or by staff): the place is no longer theirs. */
export const bookingCancelledEmail = defineEmailTemplate<BookingNotice>({
  kind: "booking-cancelled",
  notifyField: "bookingCancelledTemplateId",
  title: "booking cancelled",
  word: (sender, notice) => {
    const { url, reference, what, where, when } = told(notice);
    const declined = notice.booking.status === "declined";
    return {
      subject: declined ? `Booking request declined: ${what} on ${when}` : `Booking cancelled: ${what} on ${when}`,
      lines: [
        declined ? `${sender.name} could not approve your booking request for ${what} at ${where} on ${when}.` : `Your booking for ${what} at ${where} on ${when} has been cancelled.`,
        `The booking reference was ${reference}.`,
        "If you added it to your calendar, delete it there. If you still need it, you can book another time.",
      ],
      action: "See your booking",
      url,
      personalisation: { reference, what, where, when },
    };
  },
});

export const BOOKING_EMAIL_TEMPLATES = [placeOfferedEmail, bookingReminderEmail, bookingConfirmedEmail, bookingCancelledEmail] as const;
