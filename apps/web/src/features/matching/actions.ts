"use server";

import { formInputs } from "@lgp/api";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "~/features/forms/action-form";
import { submitForm } from "~/features/forms/submit-form";
import { api } from "~/server/api";

/** Paths from what a form sent back: only digits reach a match's path, only a reference's characters a request's. */
const matchPath = (form: FormData) => `/matches/${String(form.get("matchId") ?? "").replace(/\D/g, "")}`;
const requestPath = (form: FormData) => `/requests/${String(form.get("reference") ?? "").replace(/[^0-9A-Z-]/gi, "")}`;
const staffNeedPath = (form: FormData) => `/staff/needs/${String(form.get("reference") ?? "").replace(/[^0-9A-Z-]/gi, "")}`;

/** Offered, the helper sees their offer's own page, waiting for the resident. */
export async function offerToHelp(_previous: FormState, form: FormData): Promise<FormState> {
  let matchId = 0;
  const state = await submitForm(
    form,
    formInputs.offerToHelpInput,
    async (input) => {
      ({ id: matchId } = await (await api()).match.offerToHelp(input));
    },
    { path: "/helping/needs", field: "needs" },
  );
  if (state.errors.length === 0) redirect(`/matches/${matchId}`);
  return state;
}

/** The fields of `form` named, and no others: a form also sends what only its action's path needs. */
function only(form: FormData, ...names: string[]): FormData {
  const fields = new FormData();
  for (const name of names) for (const value of form.getAll(name)) fields.append(name, value);
  return fields;
}

/** Accepted, the resident sees the match, with their helper's contact details. */
export async function acceptOffer(_previous: FormState, form: FormData): Promise<FormState> {
  const state = await submitForm(only(form, "matchId"), formInputs.matchIdInput, async (input) => (await api()).match.acceptOfferOfHelp(input), { path: requestPath(form), field: "offers" });
  if (state.errors.length === 0) redirect(matchPath(form));
  return state;
}

export async function declineOffer(_previous: FormState, form: FormData): Promise<FormState> {
  return submitForm(only(form, "matchId", "reason"), formInputs.declineOfferInput, async (input) => (await api()).match.declineOfferOfHelp(input), { path: requestPath(form), field: "offers" });
}

/** The match page's buttons: the one pressed sends `step` (withdraw, start or finish). */
export async function stepMatch(_previous: FormState, form: FormData): Promise<FormState> {
  const step = String(form.get("step") ?? "");
  const match = async () => (await api()).match;
  const run = async (input: { matchId: number }) => {
    if (step === "withdraw") return (await match()).withdrawOfferToHelp(input);
    if (step === "finish") return (await match()).finishHelp(input);
    return (await match()).startHelp(input);
  };
  return submitForm(only(form, "matchId"), formInputs.matchIdInput, run, { path: matchPath(form), field: "steps" });
}

export async function proposeHelper(_previous: FormState, form: FormData): Promise<FormState> {
  const [needId = "", helperId = ""] = String(form.get("pair") ?? "").split(":");
  const fields = new FormData();
  fields.set("needId", needId);
  fields.set("helperId", helperId);
  return submitForm(fields, formInputs.proposeHelperInput, async (input) => (await api()).match.proposeHelper(input), { path: staffNeedPath(form), field: "suggestions" });
}

/**
 * Sends the reviewed batch, then says how many went out and which were skipped, and why. The table's
 * references come with the pairs (as `reference-<need id>`) only to word that note.
 */
export async function sendBatch(_previous: FormState, form: FormData): Promise<FormState> {
  const references = new Map<string, string>();
  const fields = new FormData();
  for (const [name, value] of form) {
    if (name.startsWith("reference-")) references.set(name.slice("reference-".length), String(value));
    else fields.append(name, value);
  }
  let note = "";
  const t = await getTranslations("matching.batch");
  const state = await submitForm(
    fields,
    formInputs.sendBatchInput,
    async (input) => {
      const { sent, skipped } = await (await api()).match.sendBatch(input);
      note = [t("sent", { count: sent.length }), ...skipped.map((s) => t("skipped", { reference: references.get(String(s.needId)) ?? String(s.needId), reason: s.reason }))].join(" ");
    },
    { path: "/staff/matching", field: "pairs" },
  );
  if (state.errors.length > 0) return state;
  revalidatePath("/staff/matching");
  return { ...state, saved: { title: t("sentTitle"), message: note } };
}
