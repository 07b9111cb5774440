"use server";

import { formInputs } from "@lgp/api";
import { redirect } from "next/navigation";
import type { FormState } from "~/features/forms/action-form";
import { submitForm } from "~/features/forms/submit-form";
import { api } from "~/server/api";
import { formErrors } from "~/server/form-errors";

const taskList = (helperId: number) => `/helping/sign-up?helper=${helperId}`;

/** Starts signing up as oneself, or for the organisation chosen, then goes to its task list. */
export async function startSignUp(_previous: FormState, form: FormData): Promise<FormState> {
  const chosen = String(form.get("who") ?? "self");
  let helperId: number;
  try {
    helperId = (await (await api()).match.startSignUp(chosen === "self" ? {} : { organisationId: Number(chosen) })).id;
  } catch (error) {
    return { values: {}, errors: formErrors(error, "who") };
  }
  redirect(taskList(helperId));
}

/** One task page's form; saved, it goes back to the task list. */
export async function saveSignUpTask(_previous: FormState, form: FormData): Promise<FormState> {
  const helperId = Number(form.get("helperId"));
  // `then` only picks between two of the site's own pages: an approved helper's home, or the task list.
  const home = form.get("then") === "home";
  form.delete("then");
  const state = await submitForm(form, formInputs.signUpTaskInput, async (input) => (await api()).match.saveSignUpTask(input), { path: "/helping/sign-up" });
  if (state.errors.length === 0) redirect(home ? "/helping" : taskList(helperId));
  return state;
}

/** Sends a completed sign-up to the council. */
export async function submitSignUp(_previous: FormState, form: FormData): Promise<FormState> {
  const helperId = Number(form.get("helperId"));
  const state = await submitForm(form, formInputs.helperIdInput, async (input) => (await api()).match.submitSignUp(input), { path: "/helping", field: "send" });
  if (state.errors.length === 0) redirect(`/helping/sign-up/sent?helper=${helperId}`);
  return state;
}

/** How a helper hears of new needs; saved, the page says so and shows the choice. */
export async function chooseNotice(_previous: FormState, form: FormData): Promise<FormState> {
  return submitForm(form, formInputs.helperNoticeInput, async (input) => (await api()).match.chooseNotice(input), { path: "/helping", field: "notice" });
}
