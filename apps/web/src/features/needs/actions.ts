"use server";

import { formInputs } from "@lgp/api";
import { NEED_QUESTIONS, type NeedQuestion } from "@lgp/match";
import { redirect } from "next/navigation";
import type { FormState } from "~/features/forms/action-form";
import { submitForm } from "~/features/forms/submit-form";
import { api } from "~/server/api";
import { echoForm, formErrors, parseForm } from "~/server/form-errors";
import { noteRefusedForm } from "~/server/refused-form";
import { readDateField } from "./date-field";
import { ASK, questionPath } from "./paths";

/** Where a question's refusal that names no field is shown: its first field. */
const FIRST_FIELD: Record<NeedQuestion, string> = { category: "category", description: "description", postcode: "postcode", when: "times", urgency: "urgency", preferences: "helperGender" };

async function refused(form: FormData, errors: FormState["errors"]): Promise<FormState> {
  await noteRefusedForm();
  return { values: echoForm(form), errors };
}

/**
 * Any question page's form. Saved, it goes to the next question, or back to check your answers when the
 * resident came from there to change an answer.
 */
export async function answerQuestion(_previous: FormState, form: FormData): Promise<FormState> {
  const question = String(form.get("question")) as NeedQuestion;
  if (!NEED_QUESTIONS.includes(question)) return refused(form, [{ field: "form", message: "Something went wrong with this page. Go back and try again." }]);
  let sent = form;
  if (question === "when") {
    // The particular date is typed as day, month and year; the procedure takes it as an ISO date.
    const { iso, error } = readDateField(form, "date", { name: "the date you need help", when: "today-or-future", optional: true });
    if (error) {
      const parsed = parseForm(form, formInputs.needAnswerInput);
      const others = parsed.ok ? [] : parsed.errors.filter((e) => e.field !== "times");
      return refused(form, [...others, error]);
    }
    sent = new FormData();
    for (const [key, value] of form) if (!key.startsWith("date-")) sent.append(key, value);
    if (iso) sent.append("dates", iso);
  }
  const state = await submitForm(sent, formInputs.needAnswerInput, async (input) => (await api()).match.answerNeedQuestion(input), { path: ASK, field: FIRST_FIELD[question] });
  if (state.errors.length > 0) return { ...state, values: echoForm(form) };
  const next = NEED_QUESTIONS[NEED_QUESTIONS.indexOf(question) + 1];
  redirect(form.get("returnTo") === "check" || !next ? `${ASK}/check` : questionPath(next));
}

/** Check your answers' button: sends the request and shows its reference. */
export async function sendNeed(_previous: FormState, form: FormData): Promise<FormState> {
  let reference: string;
  try {
    reference = (await (await api()).match.submitNeed()).reference;
  } catch (error) {
    return refused(form, formErrors(error, "form"));
  }
  redirect(`${ASK}/sent/${reference}`);
}

/** The withdraw page's form: the resident's reason, then back to the request, now withdrawn. */
export async function withdrawNeed(_previous: FormState, form: FormData): Promise<FormState> {
  const reference = String(form.get("reference"));
  const state = await submitForm(form, formInputs.withdrawNeedInput, async (input) => (await api()).match.withdrawNeed(input), { path: "/requests", field: "reason" });
  if (state.errors.length === 0) redirect(`/requests/${reference}?withdrawn=1`);
  return state;
}
