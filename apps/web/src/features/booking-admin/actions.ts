"use server";

import { formInputs } from "@lgp/api";
import { redirect } from "next/navigation";
import { digits } from "~/features/booking/words";
import type { FormState } from "~/features/forms/action-form";
import { submitForm } from "~/features/forms/submit-form";
import { readDateField } from "~/features/needs/date-field";
import { api } from "~/server/api";
import { echoForm } from "~/server/form-errors";
import { noteRefusedForm } from "~/server/refused-form";

const LIST = "/admin/bookables";
const pageOf = (form: FormData) => `${LIST}/${digits(form.get("bookableId"))}`;

/** A refusal of a list's buttons names what they act on (its id on the page), which the error summary links to. */
const DATES_LIST = "own-hours";
const ARCHIVING = "archiving";

export async function addBookable(_previous: FormState, form: FormData): Promise<FormState> {
  const state = await submitForm(form, formInputs.addBookableInput, async (input) => (await api()).booking.addBookable(input), { path: LIST, field: "name" });
  if (state.errors.length === 0) redirect(LIST);
  return state;
}

/** The change page's details; saved, it goes back to the list. */
export async function updateBookable(_previous: FormState, form: FormData): Promise<FormState> {
  const state = await submitForm(form, formInputs.updateBookableInput, async (input) => (await api()).booking.updateBookable(input), { path: LIST, field: "name" });
  if (state.errors.length === 0) redirect(LIST);
  return state;
}

/**
 * A date's own hours. The date is typed in a GOV.UK date input: read here into an ISO date (today or
 * later), and the procedure's own refusal of it is shown on its day box.
 */
export async function setDateHours(_previous: FormState, form: FormData): Promise<FormState> {
  const { iso, error } = readDateField(form, "date", { name: "the date", when: "today-or-future" });
  if (error) {
    await noteRefusedForm();
    return { values: echoForm(form), errors: [error] };
  }
  const sent = new FormData();
  for (const [key, value] of form) if (!key.startsWith("date-")) sent.append(key, value);
  sent.set("date", iso!);
  const state = await submitForm(sent, formInputs.setDateHoursInput, async (input) => (await api()).booking.setDateHours(input), { path: pageOf(form), field: "date-day" });
  if (state.errors.length === 0) return state;
  return { values: echoForm(form), errors: state.errors.map((e) => (e.field === "date" ? { ...e, field: "date-day" } : e)) };
}

/** The Remove buttons beside the dates, each sending its date. */
export async function removeDateHours(_previous: FormState, form: FormData): Promise<FormState> {
  return onList(DATES_LIST, await submitForm(form, formInputs.removeDateHoursInput, async (input) => (await api()).booking.removeDateHours(input), { path: pageOf(form) }));
}

export async function archiveBookable(_previous: FormState, form: FormData): Promise<FormState> {
  return onList(ARCHIVING, await submitForm(form, formInputs.bookableIdInput, async (input) => (await api()).booking.archiveBookable(input), { path: pageOf(form) }));
}

export async function restoreBookable(_previous: FormState, form: FormData): Promise<FormState> {
  return onList(ARCHIVING, await submitForm(form, formInputs.bookableIdInput, async (input) => (await api()).booking.restoreBookable(input), { path: pageOf(form) }));
}

/** A form that is only its buttons has no field to show a refusal beside: it is shown by what the buttons act on. */
const onList = (list: string, state: FormState): FormState => ({ ...state, errors: state.errors.map((e) => ({ ...e, field: list })) });
