"use server";

import { formInputs } from "@lgp/api";
import { redirect } from "next/navigation";
import type { FormState } from "~/features/forms/action-form";
import { submitForm } from "~/features/forms/submit-form";
import { api } from "~/server/api";

/** A case's page, from the reference a form sent back: only a reference's own characters reach the path. */
const casePath = (form: FormData) => `/staff/concerns/${String(form.get("reference") ?? "").replace(/[^0-9A-Z-]/gi, "")}`;
const matchPath = (form: FormData) => `/matches/${String(form.get("matchId") ?? "").replace(/\D/g, "")}`;

/** Sent, the person sees their case reference on a page of its own (it is emailed to them too). */
export async function raiseConcern(_previous: FormState, form: FormData): Promise<FormState> {
  let reference = "";
  const state = await submitForm(
    form,
    formInputs.raiseConcernInput,
    async (input) => {
      ({ reference } = await (await api()).match.raiseConcern(input));
    },
    { path: `${matchPath(form)}/concern`, field: "details" },
  );
  if (state.errors.length === 0) redirect(`${matchPath(form)}/concern/sent?reference=${reference}`);
  return state;
}

/** Sent, the rating page shows the rating given. */
export async function rateHelp(_previous: FormState, form: FormData): Promise<FormState> {
  const state = await submitForm(form, formInputs.rateHelpInput, async (input) => (await api()).match.rateHelp(input), { path: `${matchPath(form)}/rating`, field: "stars" });
  if (state.errors.length === 0) redirect(`${matchPath(form)}/rating`);
  return state;
}

export async function addConcernNote(_previous: FormState, form: FormData): Promise<FormState> {
  return submitForm(form, formInputs.concernNoteInput, async (input) => (await api()).match.addConcernNote(input), { path: casePath(form), field: "note" });
}

export async function closeConcern(_previous: FormState, form: FormData): Promise<FormState> {
  const state = await submitForm(form, formInputs.closeConcernInput, async (input) => (await api()).match.closeConcern(input), { path: casePath(form), field: "outcome" });
  if (state.errors.length === 0) redirect(casePath(form));
  return state;
}

/** Confirmed on a page of its own; done, back to the case, which shows the helper paused. */
export async function pauseHelper(_previous: FormState, form: FormData): Promise<FormState> {
  const state = await submitForm(form, formInputs.pauseHelperInput, async (input) => (await api()).match.pauseHelper(input), { path: casePath(form), field: "reason" });
  if (state.errors.length === 0) redirect(casePath(form));
  return state;
}

export async function resumeHelper(_previous: FormState, form: FormData): Promise<FormState> {
  const state = await submitForm(form, formInputs.resumeHelperInput, async (input) => (await api()).match.resumeHelper(input), { path: casePath(form), field: "confirm" });
  if (state.errors.length === 0) redirect(casePath(form));
  return state;
}
