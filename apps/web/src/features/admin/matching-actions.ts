"use server";

import { formInputs } from "@lgp/api";
import type { FormState } from "~/features/forms/action-form";
import { submitForm } from "~/features/forms/submit-form";
import { api } from "~/server/api";

export async function saveMatchSettings(_previous: FormState, form: FormData): Promise<FormState> {
  return submitForm(form, formInputs.saveMatchSettingsInput, async (input) => (await api()).match.saveMatchSettings(input), { path: "/admin/matching", field: "distance" });
}
