import { bookingsBetween, decideBooking, readBookingSettings, tellBookingCancelled, tellBookingConfirmed, writeBookingSettings } from "@lgp/booking";
import { councilMail } from "../../council-mail";
import { Temporal } from "@lgp/time";
import { bookingSettingsInput, decideBookingInput, staffBookingsInput } from "../../form-inputs";
import { bookingAdmin, bookingStaff } from "./procedures";

/** Staff's day and week, approvals, and the admins' settings. */
export const bookingStaffProcedures = {
  staffBookings: bookingStaff.input(staffBookingsInput).query(({ ctx, input }) => {
    const from = Temporal.PlainDate.from(input.from);
    return bookingsBetween(ctx.tx, from, from.add({ days: input.days - 1 }), { bookableId: input.bookableId, location: input.location });
  }),

  decide: bookingStaff.input(decideBookingInput).mutation(async ({ ctx, input }) => {
    const decided = await decideBooking(ctx.tx, input.bookingId, input.decision, ctx.person.id);
    if (decided.status === "confirmed") await tellBookingConfirmed(ctx.tx, await councilMail(ctx), decided.id);
    else await tellBookingCancelled(ctx.tx, await councilMail(ctx), decided.id);
    await ctx.audit({ action: input.decision === "approve" ? "booking.approved" : "booking.declined", subject: `booking ${decided.reference}`, detail: { bookingId: decided.id, status: decided.status } });
    return decided;
  }),

  settings: bookingAdmin.query(({ ctx }) => readBookingSettings(ctx.tx)),

  saveSettings: bookingAdmin.input(bookingSettingsInput).mutation(async ({ ctx, input }) => {
    const before = await readBookingSettings(ctx.tx);
    await writeBookingSettings(ctx.tx, input);
    await ctx.audit({ action: "booking.settings", subject: "booking settings", detail: { before, after: input } });
    return input;
  }),
};
