import { bookablesForMatch, bookSeries, planSeries, tellBookingConfirmed } from "@lgp/booking";
import { Temporal } from "@lgp/time";
import { bookSeriesInput, matchIdForBookingInput, planSeriesInput } from "../../form-inputs";
import { councilMail } from "../../council-mail";
import { bookingStaff } from "./procedures";

const iso = (ms: number) => new Date(ms).toISOString();

/** Staff turning an accepted match into one session or a weekly series, checked week by week before anything is booked. */
export const seriesProcedures = {
  matchBookables: bookingStaff.input(matchIdForBookingInput).query(({ ctx, input }) => bookablesForMatch(ctx.tx, input.matchId)),

  planSeries: bookingStaff.input(planSeriesInput).query(async ({ ctx, input }) => {
    const { occurrences } = await planSeries(ctx.tx, { ...input, firstStart: Temporal.Instant.from(input.firstStart), now: Temporal.Now.instant() });
    return occurrences.map((o) => ({ startsAt: o.startsAt.toString(), free: o.free, reason: o.reason ?? null, nearest: o.nearest.map((s) => iso(s.start)) }));
  }),

  bookSeries: bookingStaff.input(bookSeriesInput).mutation(async ({ ctx, input }) => {
    const booked = await bookSeries(ctx.tx, { ...input, starts: input.starts.map((s) => Temporal.Instant.from(s)), bookedBy: ctx.person.id, now: Temporal.Now.instant() });
    const mail = await councilMail(ctx);
    for (const booking of booked) await tellBookingConfirmed(ctx.tx, mail, booking.id);
    await ctx.audit({ action: "booking.series-booked", subject: `match ${input.matchId}`, detail: { matchId: input.matchId, bookableId: input.bookableId, bookings: booked.map((b) => b.reference) } });
    return booked;
  }),
};
