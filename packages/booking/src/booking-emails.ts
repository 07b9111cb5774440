import { defineEmailTemplate } from "@lgp/email";

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

export const BOOKING_EMAIL_TEMPLATES = [placeOfferedEmail, bookingReminderEmail] as const;
