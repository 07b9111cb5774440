import {
  addBookable,
  adminBookables,
  archiveBookable,
  bookableById,
  bookableOwners,
  removeDateHours,
  restoreBookable,
  setDateHours,
  updateBookable,
  type Bookable,
  type BookableChanges,
} from "@lgp/booking";
import { TRPCError } from "@trpc/server";
import { addBookableInput, bookableIdInput, removeDateHoursInput, setDateHoursInput, updateBookableInput } from "../../form-inputs";
import { accessLines, BOOKABLE_DAYS, BOOKABLE_HOURS_PAIRS, type BookableForm } from "../../inputs/booking-admin";
import { bookingAdmin } from "./procedures";

/** Ids are per council: one from another council's list is, here, no bookable at all. */
function found<T>(bookable: T | null): T {
  if (!bookable) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such thing to book. Choose one from the list." });
  return bookable;
}

/** The form's fields as a bookable: the week from its pairs of boxes, access features from their lines, notice in minutes. */
function bookableOf(form: BookableForm): BookableChanges {
  const weekly = BOOKABLE_DAYS.flatMap((day, i) =>
    BOOKABLE_HOURS_PAIRS.flatMap((pair) => {
      const opens = form[`${day}${pair.opens}`];
      const closes = form[`${day}${pair.closes}`];
      return opens && closes ? [{ weekday: i + 1, opens, closes }] : [];
    }),
  );
  return {
    kind: form.kind,
    name: form.name,
    description: form.description,
    offerId: form.offerId ?? null,
    staffId: form.staffId ?? null,
    organisationId: form.organisationId ?? null,
    location: form.location,
    postcode: form.postcode,
    accessibility: accessLines(form.accessibility),
    durationMinutes: form.durationMinutes,
    bufferBeforeMinutes: form.bufferBeforeMinutes,
    bufferAfterMinutes: form.bufferAfterMinutes,
    noticeMinutes: form.noticeHours * 60,
    horizonDays: form.horizonDays,
    needsApproval: form.needsApproval,
    capacity: form.capacity,
    openOnBankHolidays: form.openOnBankHolidays,
    weekly,
  };
}

/** What changed, before and after, for the audit log. */
function changes(before: Bookable, after: Bookable) {
  const keys = (Object.keys(after) as (keyof Bookable)[]).filter((k) => k !== "updatedAt" && JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return { before: Object.fromEntries(keys.map((k) => [k, before[k]])), after: Object.fromEntries(keys.map((k) => [k, after[k]])) };
}

/** The council's admins adding, changing and archiving what can be booked, and its dates' own hours. */
export const bookableAdminProcedures = {
  /** Every bookable (those that can be booked, then those archived, by name), and the owners a bookable can have. */
  adminBookables: bookingAdmin.query(async ({ ctx }) => ({ bookables: await adminBookables(ctx.tx), owners: await bookableOwners(ctx.tx) })),

  adminBookable: bookingAdmin.input(bookableIdInput).query(async ({ ctx, input }) => found(await bookableById(ctx.tx, input.bookableId))),

  addBookable: bookingAdmin.input(addBookableInput).mutation(async ({ ctx, input }) => {
    const bookable = await addBookable(ctx.tx, bookableOf(input));
    await ctx.audit({ action: "bookable.added", subject: bookable.name, detail: { bookableId: bookable.id, kind: bookable.kind } });
    return bookable;
  }),

  updateBookable: bookingAdmin.input(updateBookableInput).mutation(async ({ ctx, input }) => {
    const { before, after } = found(await updateBookable(ctx.tx, input.bookableId, bookableOf(input)));
    await ctx.audit({ action: "bookable.updated", subject: after.name, detail: { bookableId: after.id, ...changes(before, after) } });
    return after;
  }),

  /** Stops it being booked; bookings already made stay. */
  archiveBookable: bookingAdmin.input(bookableIdInput).mutation(async ({ ctx, input }) => {
    const bookable = found(await archiveBookable(ctx.tx, input.bookableId));
    await ctx.audit({ action: "bookable.archived", subject: bookable.name, detail: { bookableId: bookable.id } });
    return bookable;
  }),

  restoreBookable: bookingAdmin.input(bookableIdInput).mutation(async ({ ctx, input }) => {
    const bookable = found(await restoreBookable(ctx.tx, input.bookableId));
    await ctx.audit({ action: "bookable.restored", subject: bookable.name, detail: { bookableId: bookable.id } });
    return bookable;
  }),

  /** Gives a date its own hours, or closes it all day. */
  setDateHours: bookingAdmin.input(setDateHoursInput).mutation(async ({ ctx, input }) => {
    // Closed all day sends no times: the input refuses times with it, and either time without the other.
    const hours = input.opens && input.closes ? [{ opens: input.opens, closes: input.closes }] : [];
    const bookable = found(await setDateHours(ctx.tx, input.bookableId, { date: input.date, hours }));
    await ctx.audit({ action: "bookable.date-hours-set", subject: bookable.name, detail: { bookableId: bookable.id, date: input.date, hours } });
    return bookable;
  }),

  /** The date follows the bookable's week again. */
  removeDateHours: bookingAdmin.input(removeDateHoursInput).mutation(async ({ ctx, input }) => {
    const bookable = found(await removeDateHours(ctx.tx, input.bookableId, input.date));
    await ctx.audit({ action: "bookable.date-hours-removed", subject: bookable.name, detail: { bookableId: bookable.id, date: input.date } });
    return bookable;
  }),
};
