import { bookableOnOffer, holdTogether, timesTogetherToChoose } from "@lgp/booking";
import { InputError } from "@lgp/db";
import { findOrCreatePerson, holdsStaffRole } from "@lgp/identity";
import { Temporal, todayInLondon } from "@lgp/time";
import { TRPCError } from "@trpc/server";
import { holdTogetherInput, timesTogetherInput } from "../../form-inputs";
import { booking, bookingSignedIn } from "./procedures";


/** A person's time (a helper's offer or a staff appointment) and a room, found and held together: both or neither. */
export const togetherProcedures = {
  timesTogether: booking.input(timesTogetherInput).query(async ({ ctx, input }) => {
    const [person, room] = [await bookableOnOffer(ctx.tx, input.personBookableId), await bookableOnOffer(ctx.tx, input.roomBookableId)];
    if (!person || !room) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such thing to book. Check the link and try again." });
    if (room.kind !== "room" || !["offer", "appointment"].includes(person.kind)) throw new InputError("Choose a helper's or staff member's time and a room to book with it.");
    const today = todayInLondon();
    const asked = input.from ? Temporal.PlainDate.from(input.from) : today;
    const from = Temporal.PlainDate.compare(asked, today) < 0 ? today : asked;
    return { from: from.toString(), days: await timesTogetherToChoose(ctx.tx, person, room, from, 7, Temporal.Now.instant()) };
  }),

  holdTogether: bookingSignedIn.input(holdTogetherInput).mutation(async ({ ctx, input }) => {
    let personId = ctx.person.id;
    if (input.residentEmail) {
      if (!holdsStaffRole(ctx.person.roles)) throw new TRPCError({ code: "FORBIDDEN", message: "Only the council's staff can book for someone else." });
      personId = (await findOrCreatePerson(ctx.tx, ctx.scope, input.residentEmail)).id;
    }
    const { person, room } = await holdTogether(ctx.tx, {
      personBookableId: input.personBookableId,
      roomBookableId: input.roomBookableId,
      startsAt: Temporal.Instant.from(input.startsAt),
      personId,
      bookedBy: ctx.person.id,
      idempotencyKey: input.idempotencyKey,
    });
    await ctx.audit({ action: "booking.held-together", subject: `booking ${person.reference}`, detail: { bookings: [person.reference, room.reference], startsAt: input.startsAt } });
    return { person, room };
  }),
};
