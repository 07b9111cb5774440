import {
  bookableOnOffer,
  bookablesOnOffer,
  bookingForViewer,
  bookingsOf,
  cancelBooking,
  confirmBooking,
  holdTime,
  markWaitlistBooked,
  tellBookingCancelled,
  tellBookingConfirmed,
  rescheduleBooking,
  timesToChoose,
  type BookingView,
} from "@lgp/booking";
import { findOrCreatePerson, holdsStaffRole, type Role } from "@lgp/identity";
import { Temporal, todayInLondon } from "@lgp/time";
import { TRPCError } from "@trpc/server";
import { councilMail } from "../../council-mail";
import { bookableIdInput, bookingIdInput, bookingTimesInput, holdTimeInput, rescheduleInput } from "../../form-inputs";
import { booking, bookingSignedIn } from "./procedures";



/** Ids are per council, and a booking that is not the caller's is, to them, no booking at all. */
function found<T>(value: T | null | undefined, what = "booking"): T {
  if (!value) throw new TRPCError({ code: "NOT_FOUND", message: `There is no such ${what}. Check the link and try again.` });
  return value;
}

const described = (b: { id: number; reference: string; bookableId: number; status: string; startsAt: Date }) => ({
  bookingId: b.id,
  reference: b.reference,
  bookableId: b.bookableId,
  status: b.status,
  startsAt: b.startsAt.toISOString(),
});

/** The booking `bookingId` if the caller may see it (theirs, or any for staff); a 404 otherwise. */
async function viewed(ctx: { tx: Parameters<typeof bookingForViewer>[0]; person: { id: number; roles: readonly Role[] } }, bookingId: number): Promise<BookingView & { partner: BookingView | null }> {
  return found(await bookingForViewer(ctx.tx, bookingId, { personId: ctx.person.id, asStaff: holdsStaffRole(ctx.person.roles) }));
}

/** Finding a time, holding it, confirming, changing and cancelling: for residents, and staff for them. */
export const bookingProcedures = {
  bookables: booking.query(({ ctx }) => bookablesOnOffer(ctx.tx)),

  bookable: booking.input(bookableIdInput).query(async ({ ctx, input }) => found(await bookableOnOffer(ctx.tx, input.bookableId), "thing to book")),

  /** A week (or up to a fortnight) of times from a London date, free ones and full ones, each day listed. */
  times: booking.input(bookingTimesInput).query(async ({ ctx, input }) => {
    const bookable = found(await bookableOnOffer(ctx.tx, input.bookableId), "thing to book");
    const today = todayInLondon();
    const asked = input.from ? Temporal.PlainDate.from(input.from) : today;
    const from = Temporal.PlainDate.compare(asked, today) < 0 ? today : asked;
    return { from: from.toString(), days: await timesToChoose(ctx.tx, bookable, from, input.days, Temporal.Now.instant()) };
  }),

  hold: bookingSignedIn.input(holdTimeInput).mutation(async ({ ctx, input }) => {
    let personId = ctx.person.id;
    if (input.residentEmail) {
      if (!holdsStaffRole(ctx.person.roles)) throw new TRPCError({ code: "FORBIDDEN", message: "Only the council's staff can book for someone else." });
      personId = (await findOrCreatePerson(ctx.tx, ctx.scope, input.residentEmail)).id;
    }
    const held = await holdTime(ctx.tx, {
      bookableId: input.bookableId,
      startsAt: Temporal.Instant.from(input.startsAt),
      personId,
      bookedBy: ctx.person.id,
      idempotencyKey: input.idempotencyKey,
    });
    await ctx.audit({ action: "booking.held", subject: `booking ${held.reference}`, detail: described(held) });
    return held;
  }),

  confirm: bookingSignedIn.input(bookingIdInput).mutation(async ({ ctx, input }) => {
    await viewed(ctx, input.bookingId);
    const confirmed = await confirmBooking(ctx.tx, input.bookingId);
    await markWaitlistBooked(ctx.tx, confirmed.id);
    await tellBookingConfirmed(ctx.tx, await councilMail(ctx), confirmed.id);
    await ctx.audit({ action: "booking.confirmed", subject: `booking ${confirmed.reference}`, detail: described(confirmed) });
    return confirmed;
  }),

  cancel: bookingSignedIn.input(bookingIdInput).mutation(async ({ ctx, input }) => {
    await viewed(ctx, input.bookingId);
    const cancelled = await cancelBooking(ctx.tx, input.bookingId, ctx.person.id);
    await tellBookingCancelled(ctx.tx, await councilMail(ctx), cancelled.id);
    await ctx.audit({ action: "booking.cancelled", subject: `booking ${cancelled.reference}`, detail: described(cancelled) });
    return cancelled;
  }),

  reschedule: bookingSignedIn.input(rescheduleInput).mutation(async ({ ctx, input }) => {
    const old = await viewed(ctx, input.bookingId);
    const moved = await rescheduleBooking(ctx.tx, input.bookingId, { startsAt: Temporal.Instant.from(input.startsAt), by: ctx.person.id, idempotencyKey: input.idempotencyKey });
    await tellBookingConfirmed(ctx.tx, await councilMail(ctx), moved.id);
    await ctx.audit({ action: "booking.rescheduled", subject: `booking ${old.reference}`, detail: { ...described(moved), from: old.startsAt.toISOString(), replaced: old.reference } });
    return moved;
  }),

  mine: bookingSignedIn.query(({ ctx }) => bookingsOf(ctx.tx, ctx.person.id)),

  details: bookingSignedIn.input(bookingIdInput).query(async ({ ctx, input }) => viewed(ctx, input.bookingId)),
};
