import { defineEmailTemplate } from "@lgp/email";

/*
 * The emails to people whose bookings are with a helper the council has paused, and then resumed. Like
 * the match module's, they never say why: that stays with the council's safeguarding leads.
 */

/** A booking with a helper, as these emails name it. */
export interface HelperBookingDetails {
  url: string;
  reference: string;
  helperName: string;
  when: string;
}

/** To the person booked: their booking with a paused helper is on hold, its time kept for them. */
export const bookingOnHoldEmail = defineEmailTemplate<HelperBookingDetails>({
  kind: "booking-on-hold",
  notifyField: "bookingOnHoldTemplateId",
  title: "booking on hold",
  word: (sender, { url, reference, helperName, when }) => ({
    subject: `Your booking with ${helperName} on ${when} is on hold`,
    lines: [
      `${sender.name} has put your booking with ${helperName} on ${when} on hold while it looks into something.`,
      "Please do not go to it for now. The council will be in touch with you about it, and your time is kept for you meanwhile.",
      `Your booking reference is ${reference}.`,
    ],
    action: "See your booking",
    url,
    personalisation: { reference, helper_name: helperName, when },
  }),
});

/** To the person booked: the helper was resumed and their booking is back as it was. */
export const bookingResumedEmail = defineEmailTemplate<HelperBookingDetails>({
  kind: "booking-resumed",
  notifyField: "bookingResumedTemplateId",
  title: "booking back on",
  word: (sender, { url, reference, helperName, when }) => ({
    subject: `Your booking with ${helperName} on ${when} is going ahead`,
    lines: [
      `${sender.name} has taken your booking with ${helperName} on ${when} off hold. It is going ahead as booked.`,
      `Your booking reference is ${reference}.`,
      "If you can no longer come, please cancel the booking so someone else can have the place.",
    ],
    action: "See your booking",
    url,
    personalisation: { reference, helper_name: helperName, when },
  }),
});

export const PAUSE_EMAIL_TEMPLATES = [bookingOnHoldEmail, bookingResumedEmail] as const;
