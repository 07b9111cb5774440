import { bookableById, bookingCalendar, bookingEvent, bookingForViewer, createCalendarFeed, feedEvents, joinWaitlist, leaveWaitlist, personForFeedToken, revokeCalendarFeed } from "@lgp/booking";
import { holdsStaffRole } from "@lgp/identity";
import { Temporal } from "@lgp/time";
import { TRPCError } from "@trpc/server";
import { bookingIdInput, calendarFeedInput, joinWaitlistInput, waitlistEntryInput } from "../../form-inputs";
import { booking, bookingSignedIn } from "./procedures";

const none = (what: string) => new TRPCError({ code: "NOT_FOUND", message: `There is no such ${what}. Check the link and try again.` });

/** Waiting lists, and calendars: one booking's .ics, and each person's private feed. */
export const waitingAndCalendarProcedures = {
  joinWaitlist: bookingSignedIn.input(joinWaitlistInput).mutation(async ({ ctx, input }) => {
    const joined = await joinWaitlist(ctx.tx, { bookableId: input.bookableId, startsAt: Temporal.Instant.from(input.startsAt), personId: ctx.person.id, now: Temporal.Now.instant() });
    await ctx.audit({ action: "booking.waitlist-joined", subject: `waiting list ${joined.entry.id}`, detail: { entryId: joined.entry.id, bookableId: input.bookableId, startsAt: input.startsAt } });
    return joined;
  }),

  leaveWaitlist: bookingSignedIn.input(waitlistEntryInput).mutation(async ({ ctx, input }) => {
    const left = await leaveWaitlist(ctx.tx, input.entryId, ctx.person.id);
    await ctx.audit({ action: "booking.waitlist-left", subject: `waiting list ${left.id}`, detail: { entryId: left.id } });
    return left;
  }),

  /** One booking as a calendar file, for its person or staff. */
  bookingCalendar: bookingSignedIn.input(bookingIdInput).query(async ({ ctx, input }) => {
    const view = await bookingForViewer(ctx.tx, input.bookingId, { personId: ctx.person.id, asStaff: holdsStaffRole(ctx.person.roles) });
    const bookable = view ? await bookableById(ctx.tx, view.bookableId) : null;
    if (!view || !bookable) throw none("booking");
    return { reference: view.reference, ics: bookingCalendar([bookingEvent(view, bookable, ctx.origin.url)], { name: ctx.council.name }) };
  }),

  /** A new private feed address for the person's calendar: any earlier one stops working. The token is shown this once. */
  createCalendarFeed: bookingSignedIn.mutation(async ({ ctx }) => {
    const token = await createCalendarFeed(ctx.tx, ctx.person.id);
    await ctx.audit({ action: "booking.calendar-feed-created", subject: "calendar feed", detail: {} });
    return { url: `${ctx.origin.url}/calendar/${token}` };
  }),

  revokeCalendarFeed: bookingSignedIn.mutation(async ({ ctx }) => {
    await revokeCalendarFeed(ctx.tx, ctx.person.id);
    await ctx.audit({ action: "booking.calendar-feed-revoked", subject: "calendar feed", detail: {} });
    return { revoked: true };
  }),

  /** A person's feed, by its token alone (calendar programs sign in to nothing); an unknown or revoked token finds nothing. */
  calendarFeed: booking.input(calendarFeedInput).query(async ({ ctx, input }) => {
    const personId = await personForFeedToken(ctx.tx, input.token);
    if (personId === null) throw none("calendar");
    return bookingCalendar(await feedEvents(ctx.tx, personId, Temporal.Now.instant(), ctx.origin.url), { name: ctx.council.name });
  }),
};
