"use server";

import { formInputs } from "@lgp/api";
import type { FieldError } from "@lgp/ui";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { api } from "~/server/api";
import { echoForm, formErrors, parseForm } from "~/server/form-errors";
import { noteRefusedForm } from "~/server/refused-form";

export interface OnboardState {
  values: Record<string, string | string[]>;
  errors: FieldError[];
  done?: { slug: string; steps: string[]; address: string };
}

export async function onboardCouncil(_previous: OnboardState, form: FormData): Promise<OnboardState> {
  const parsed = parseForm(form, formInputs.onboardInput);
  let errors = parsed.ok ? [] : parsed.errors;
  if (parsed.ok) {
    try {
      return { values: {}, errors: [], done: await (await api()).operator.onboard(parsed.value) };
    } catch (error) {
      errors = formErrors(error);
    }
  }
  await noteRefusedForm();
  return { values: echoForm(form), errors };
}

/** Suspend, resume or archive, from the confirmation pages and the buttons beside each council; the console then says what happened. */
export async function changeCouncil(form: FormData) {
  const slug = String(form.get("slug") ?? "");
  const caller = await api();
  const action = String(form.get("action"));
  let query = "";
  if (action === "suspend") {
    await caller.operator.suspend({ slug });
    query = `?suspended=${encodeURIComponent(slug)}`;
  } else if (action === "resume") {
    await caller.operator.resume({ slug });
    query = `?resumed=${encodeURIComponent(slug)}`;
  } else if (action === "archive") {
    query = `?archived=${encodeURIComponent((await caller.operator.archive({ slug })).file)}`;
  }
  revalidatePath("/operator");
  redirect(`/operator${query}`);
}
