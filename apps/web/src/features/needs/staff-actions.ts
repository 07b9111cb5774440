"use server";

import { formInputs } from "@lgp/api";
import { redirect } from "next/navigation";
import type { FormState } from "~/features/forms/action-form";
import { submitForm } from "~/features/forms/submit-form";
import { api } from "~/server/api";
import { echoForm, parseForm } from "~/server/form-errors";
import { noteRefusedForm } from "~/server/refused-form";
import { readDateField } from "./date-field";

/** Staff close a request with their reason; it shows closed, with the reason in its trail. */
export async function closeNeed(_previous: FormState, form: FormData): Promise<FormState> {
  const reference = String(form.get("reference"));
  const state = await submitForm(form, formInputs.closeNeedInput, async (input) => (await api()).match.closeNeed(input), { path: "/staff/needs", field: "reason" });
  if (state.errors.length === 0) redirect(`/staff/needs/${reference}?closed=1`);
  return state;
}

/**
 * Staff or a referrer asks for help for a resident. The particular date and the date of consent are
 * typed as day, month and year; the procedure takes each as an ISO date.
 */
export async function createNeedForResident(_previous: FormState, form: FormData): Promise<FormState> {
  const date = readDateField(form, "date", { name: "the date help is needed", when: "today-or-future", optional: true });
  const consent = readDateField(form, "consentOn", { name: "the date consent was given", when: "today-or-past" });
  const sent = new FormData();
  for (const [key, value] of form) if (!key.startsWith("date-") && !key.startsWith("consentOn-")) sent.append(key, value);
  if (date.iso) sent.append("dates", date.iso);
  if (consent.iso) sent.append("consentOn", consent.iso);
  const dateErrors = [date.error, consent.error].filter((e) => e !== null);
  if (dateErrors.length > 0) {
    const parsed = parseForm(sent, formInputs.needForResidentInput);
    await noteRefusedForm();
    return { values: echoForm(form), errors: [...(parsed.ok ? [] : parsed.errors.filter((e) => e.field !== "consentOn" && !(date.error && e.field === "times"))), ...dateErrors] };
  }
  let reference = "";
  const state = await submitForm(sent, formInputs.needForResidentInput, async (input) => {
    reference = (await (await api()).match.createNeedForResident(input)).reference;
  }, { path: "/staff/needs", field: "residentEmail" });
  if (state.errors.length > 0) return { ...state, values: echoForm(form) };
  redirect(`/staff/needs/new/sent?${new URLSearchParams({ reference })}`);
}
