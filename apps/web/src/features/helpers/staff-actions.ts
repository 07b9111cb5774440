"use server";

import { formInputs } from "@lgp/api";
import { defaultRecheck } from "@lgp/match";
import { parseDateInput } from "@lgp/time";
import type { FieldError } from "@lgp/ui";
import type { FormState } from "~/features/forms/action-form";
import { submitForm } from "~/features/forms/submit-form";
import { api } from "~/server/api";
import { echoForm } from "~/server/form-errors";
import { noteRefusedForm } from "~/server/refused-form";

const pageOf = (form: FormData) => `/staff/helpers/${Number(form.get("helperId"))}`;

export async function approveHelper(_previous: FormState, form: FormData): Promise<FormState> {
  return submitForm(form, formInputs.helperIdInput, async (input) => (await api()).match.approveHelper(input), { path: pageOf(form), field: "approve" });
}

export async function declineHelper(_previous: FormState, form: FormData): Promise<FormState> {
  return submitForm(form, formInputs.declineHelperInput, async (input) => (await api()).match.declineHelper(input), { path: pageOf(form), field: "reason" });
}

const DATES = { issuedOn: "the date the certificate was issued", recheckOn: "the date the check must be made again" } as const;

/** A date typed in a GOV.UK date input, as an ISO date; "" when all three boxes are empty. */
function readDate(form: FormData, id: keyof typeof DATES, errors: FieldError[]): string {
  const posted = { day: String(form.get(`${id}-day`) ?? ""), month: String(form.get(`${id}-month`) ?? ""), year: String(form.get(`${id}-year`) ?? "") };
  if (id === "recheckOn" && !`${posted.day}${posted.month}${posted.year}`.trim()) return "";
  const result = parseDateInput(posted, { name: DATES[id] });
  if (result.ok) return result.date.toString();
  errors.push({ field: `${id}-${result.fields[0]}`, message: result.message });
  return "";
}

/**
 * Records a check. Its dates come from GOV.UK date inputs: read here into ISO dates (a recheck date left
 * empty is three years after issue), and the procedure's own refusals of a date are shown on its day box.
 */
export async function recordVetting(_previous: FormState, form: FormData): Promise<FormState> {
  const errors: FieldError[] = [];
  const issuedOn = readDate(form, "issuedOn", errors);
  const recheckOn = readDate(form, "recheckOn", errors) || (issuedOn ? defaultRecheck(issuedOn) : "");
  if (errors.length > 0) {
    await noteRefusedForm();
    return { values: echoForm(form), errors };
  }
  const sent = new FormData();
  for (const [key, value] of form) if (!/^(issuedOn|recheckOn)-/.test(key)) sent.append(key, value);
  sent.set("issuedOn", issuedOn);
  sent.set("recheckOn", recheckOn);
  const state = await submitForm(sent, formInputs.vettingRecordInput, async (input) => (await api()).match.recordVetting(input), { path: pageOf(form), field: "check" });
  if (state.errors.length === 0) return state;
  return { values: echoForm(form), errors: state.errors.map((e) => (e.field in DATES ? { ...e, field: `${e.field}-day` } : e)) };
}
