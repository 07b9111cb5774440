"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import type { FormState } from "~/features/forms/action-form";
import { api } from "~/server/api";
import { formErrors } from "~/server/form-errors";

export async function inviteMember(_previous: FormState, form: FormData): Promise<FormState> {
  const organisationId = Number(form.get("organisationId"));
  const field = `email-${organisationId}`;
  const email = String(form.get(field) ?? "");
  try {
    await (await api()).organisation.invite({ organisationId, email });
  } catch (error) {
    return { values: { [field]: email }, errors: formErrors(error, field).map((e) => (e.field === "email" ? { ...e, field } : e)) };
  }
  revalidatePath("/organisation");
  return { values: {}, errors: [], saved: (await getTranslations("admin"))("saved") };
}
