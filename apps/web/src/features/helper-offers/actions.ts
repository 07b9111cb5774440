"use server";

import { formInputs } from "@lgp/api";
import { redirect } from "next/navigation";
import type { FormState } from "~/features/forms/action-form";
import { submitForm } from "~/features/forms/submit-form";
import { api } from "~/server/api";

const LIST = "/helping/offers";

/** Publishes a new offer; published, the helper goes back to their list, where it shows with its status. */
export async function addOffer(_previous: FormState, form: FormData): Promise<FormState> {
  const state = await submitForm(form, formInputs.addOfferInput, async (input) => (await api()).match.addOffer(input), { path: LIST, field: "title" });
  if (state.errors.length === 0) redirect(LIST);
  return state;
}

export async function updateOffer(_previous: FormState, form: FormData): Promise<FormState> {
  const state = await submitForm(form, formInputs.updateOfferInput, async (input) => (await api()).match.updateOffer(input), { path: LIST, field: "title" });
  if (state.errors.length === 0) redirect(LIST);
  return state;
}

/** The offer page's second form: withdraws a published offer. */
export async function withdrawOffer(_previous: FormState, form: FormData): Promise<FormState> {
  const state = await submitForm(form, formInputs.offerIdInput, async (input) => (await api()).match.withdrawOffer(input), { path: LIST, field: "change" });
  if (state.errors.length === 0) redirect(LIST);
  return state;
}

/** The same form for a withdrawn offer: publishes it again. */
export async function publishOffer(_previous: FormState, form: FormData): Promise<FormState> {
  const state = await submitForm(form, formInputs.offerIdInput, async (input) => (await api()).match.publishOffer(input), { path: LIST, field: "change" });
  if (state.errors.length === 0) redirect(LIST);
  return state;
}
