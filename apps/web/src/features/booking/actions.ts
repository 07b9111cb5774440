"use server";

import { formInputs } from "@lgp/api";
import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import type { FormState } from "~/features/forms/action-form";
import { submitForm } from "~/features/forms/submit-form";
import { api } from "~/server/api";
import { digits, nearestWords } from "./words";

/** A time that went while the person chose says so, and names the nearest free ones, beside the list of times. */
async function withNearest<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof TRPCError) || error.code !== "CONFLICT") throw error;
    const nearest = nearestWords(error);
    const t = await getTranslations("booking.times");
    throw new TRPCError({ code: "CONFLICT", message: nearest.length > 0 ? `${error.message} ${t("nearest", { times: nearest.join(", ") })}` : error.message });
  }
}

/** Holds the chosen time, then shows it to be confirmed. */
export async function holdTime(_previous: FormState, form: FormData): Promise<FormState> {
  let bookingId = 0;
  const state = await submitForm(
    form,
    formInputs.holdTimeInput,
    async (input) => {
      ({ id: bookingId } = await withNearest(async () => (await api()).booking.hold(input)));
    },
    { path: `/book/${digits(form.get("bookableId"))}`, field: "startsAt" },
  );
  if (state.errors.length === 0) redirect(`/bookings/${bookingId}`);
  return state;
}

/** Holds a person's time and a room together, then shows them to be confirmed (confirming one confirms both). */
export async function holdTogether(_previous: FormState, form: FormData): Promise<FormState> {
  let bookingId = 0;
  const state = await submitForm(
    form,
    formInputs.holdTogetherInput,
    async (input) => {
      ({
        person: { id: bookingId },
      } = await withNearest(async () => (await api()).booking.holdTogether(input)));
    },
    { path: `/book/${digits(form.get("personBookableId"))}/with-room`, field: "startsAt" },
  );
  if (state.errors.length === 0) redirect(`/bookings/${bookingId}`);
  return state;
}

export async function confirmBooking(_previous: FormState, form: FormData): Promise<FormState> {
  const path = `/bookings/${digits(form.get("bookingId"))}`;
  const state = await submitForm(form, formInputs.bookingIdInput, async (input) => (await api()).booking.confirm(input), { path, field: "confirm" });
  if (state.errors.length === 0) redirect(`${path}?done=1`);
  return state;
}

export async function cancelBooking(_previous: FormState, form: FormData): Promise<FormState> {
  const path = `/bookings/${digits(form.get("bookingId"))}`;
  const state = await submitForm(form, formInputs.bookingIdInput, async (input) => (await api()).booking.cancel(input), { path, field: "cancel" });
  if (state.errors.length === 0) redirect(`${path}?cancelled=1`);
  return state;
}

export async function rescheduleBooking(_previous: FormState, form: FormData): Promise<FormState> {
  let bookingId = 0;
  const state = await submitForm(
    form,
    formInputs.rescheduleInput,
    async (input) => {
      ({ id: bookingId } = await withNearest(async () => (await api()).booking.reschedule(input)));
    },
    { path: `/bookings/${digits(form.get("bookingId"))}/change`, field: "startsAt" },
  );
  if (state.errors.length === 0) redirect(`/bookings/${bookingId}?done=1`);
  return state;
}

/** Books the weeks kept, all or none; then staff see them in the week's bookings. */
export async function bookSeries(_previous: FormState, form: FormData): Promise<FormState> {
  let first = "";
  const state = await submitForm(
    form,
    formInputs.bookSeriesInput,
    async (input) => {
      const booked = await withNearest(async () => (await api()).booking.bookSeries(input));
      first = booked[0]?.startsAt.toISOString().slice(0, 10) ?? "";
    },
    { path: `/matches/${digits(form.get("matchId"))}/book`, field: "starts" },
  );
  if (state.errors.length === 0) redirect(`/staff/bookings?${new URLSearchParams({ from: first, view: "week", bookable: digits(form.get("bookableId")) })}`);
  return state;
}

export async function joinWaitlist(_previous: FormState, form: FormData): Promise<FormState> {
  let position = 0;
  const state = await submitForm(
    form,
    formInputs.joinWaitlistInput,
    async (input) => {
      ({ position } = await (await api()).booking.joinWaitlist(input));
    },
    { path: `/book/${digits(form.get("bookableId"))}`, field: "join" },
  );
  if (state.errors.length === 0) redirect(`/bookings?waiting=${position}`);
  return state;
}

export async function decideBooking(_previous: FormState, form: FormData): Promise<FormState> {
  return submitForm(form, formInputs.decideBookingInput, async (input) => (await api()).booking.decide(input), { path: "/staff/bookings", field: `decision-${digits(form.get("bookingId"))}` });
}

export async function saveBookingSettings(_previous: FormState, form: FormData): Promise<FormState> {
  return submitForm(form, formInputs.bookingSettingsInput, async (input) => (await api()).booking.saveSettings(input), { path: "/admin/booking" });
}

/** Makes (or replaces) the person's calendar address, shown once in the success banner. */
export async function makeCalendarFeed(_previous: FormState, form: FormData): Promise<FormState> {
  let url = "";
  const state = await submitForm(
    form,
    formInputs.noInput,
    async () => {
      ({ url } = await (await api()).booking.createCalendarFeed());
    },
    { path: "/bookings/calendar", field: "feed" },
  );
  const t = await getTranslations("booking.calendarFeed");
  return state.errors.length > 0 ? state : { ...state, saved: { title: t("made"), message: url } };
}

export async function revokeCalendarFeed(_previous: FormState, form: FormData): Promise<FormState> {
  const state = await submitForm(form, formInputs.noInput, async () => (await api()).booking.revokeCalendarFeed(), { path: "/bookings/calendar", field: "feed" });
  const t = await getTranslations("booking.calendarFeed");
  return state.errors.length > 0 ? state : { ...state, saved: { title: t("made"), message: t("revoked") } };
}
