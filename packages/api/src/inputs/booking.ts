import { bookingSettingsInput } from "@lgp/booking";
import { z } from "zod";

const id = (what: string) => z.number({ error: `Choose a ${what} from the list` }).int({ error: `Choose a ${what} from the list` }).positive({ error: `Choose a ${what} from the list` });

/** An instant as the times list writes it ("2026-12-01T10:00:00.000Z"). */
const instant = z.iso.datetime({ offset: true, error: "Choose a time from the list" });

/** Sent with every booking form, made when the page was drawn: a form sent twice books once. */
const idempotencyKey = z.string({ error: "Start again from the list of times" }).trim().min(16, { error: "Start again from the list of times" }).max(100, { error: "Start again from the list of times" });

export const bookableIdInput = z.strictObject({ bookableId: id("thing to book") });

/** A week of times from a London date (the page's "next week" links say which). */
export const bookingTimesInput = z.strictObject({
  bookableId: id("thing to book"),
  from: z.iso.date({ error: "Enter a real date" }).optional(),
  days: z.number().int().min(1).max(14).default(7),
});

/** Holding a time: for the person signed in, or, for staff, for the resident with this email address. */
export const holdTimeInput = z.strictObject({
  bookableId: id("thing to book"),
  startsAt: instant,
  idempotencyKey,
  residentEmail: z.string().trim().toLowerCase().email({ error: "Enter the resident's email address in the correct format, like name@example.com" }).optional(),
});

export const bookingIdInput = z.strictObject({ bookingId: id("booking") });

export const rescheduleInput = z.strictObject({ bookingId: id("booking"), startsAt: instant, idempotencyKey });

export const decideBookingInput = z.strictObject({ bookingId: id("booking"), decision: z.enum(["approve", "decline"], { error: "Choose approve or decline" }) });

/** Staff's day or week of bookings, for one bookable or one location (or every one). */
export const staffBookingsInput = z.strictObject({
  from: z.iso.date({ error: "Enter a real date" }),
  days: z.union([z.literal(1), z.literal(7)], { error: "Choose a day or a week" }),
  bookableId: z.number().int().positive().optional(),
  location: z.string().trim().min(1).max(300).optional(),
});

export { bookingSettingsInput };

/** Waiting for a full time. */
export const joinWaitlistInput = z.strictObject({ bookableId: id("thing to book"), startsAt: instant });
export const waitlistEntryInput = z.strictObject({ entryId: id("waiting list place") });

/** A calendar feed's address carries its token; the feed route reads it from the path. */
export const calendarFeedInput = z.strictObject({ token: z.string().trim().min(20).max(100) });

/** A form whose button is all it sends (making or revoking a calendar address). */
export const noInput = z.strictObject({});

const matchId = id("match");
const weeks = z.number({ error: "Enter how many weeks, from 1 to 52" }).int({ error: "Enter a whole number of weeks, from 1 to 52" }).min(1, { error: "Enter at least 1 week" }).max(52, { error: "Enter 52 weeks or fewer" });

/** What a match's sessions could be booked in. */
export const matchIdForBookingInput = z.strictObject({ matchId });

/** Checking a weekly series from a match before booking anything: each week's time, free or why not. */
export const planSeriesInput = z.strictObject({ matchId, bookableId: id("thing to book"), firstStart: instant, weeks });

/** Booking the weeks staff kept. */
export const bookSeriesInput = z.strictObject({
  matchId,
  bookableId: id("thing to book"),
  starts: z.array(instant, { error: "Choose the sessions to book" }).min(1, { error: "Choose at least one session to book" }).max(52),
  idempotencyKey,
});

/** A helper's or staff member's time and a room, together. */
export const timesTogetherInput = z.strictObject({ personBookableId: id("thing to book"), roomBookableId: id("room"), from: z.iso.date({ error: "Enter a real date" }).optional() });
export const holdTogetherInput = z.strictObject({
  personBookableId: id("thing to book"),
  roomBookableId: id("room"),
  startsAt: instant,
  idempotencyKey,
  residentEmail: z.string().trim().toLowerCase().email({ error: "Enter the resident's email address in the correct format, like name@example.com" }).optional(),
});
