"use server";

import type { FieldError } from "@lgp/ui";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { api } from "~/server/api";
import { formErrors } from "~/server/form-errors";

export interface OnboardState {
  values: Record<string, string>;
  errors: FieldError[];
  done?: { slug: string; steps: string[]; address: string };
}

export async function onboardCouncil(_previous: OnboardState, form: FormData): Promise<OnboardState> {
  const values = Object.fromEntries(["name", "slug", "hosts", "adminEmail"].map((k) => [k, String(form.get(k) ?? "")]));
  try {
    const done = await (await api()).operator.onboard({ name: values.name!, slug: values.slug!, hosts: values.hosts!, adminEmail: values.adminEmail! });
    return { values: {}, errors: [], done };
  } catch (error) {
    return { values, errors: formErrors(error) };
  }
}

/** Suspend, resume or archive, from the buttons beside each council. */
export async function changeCouncil(form: FormData) {
  const slug = String(form.get("slug") ?? "");
  const caller = await api();
  const action = String(form.get("action"));
  let query = "";
  if (action === "suspend") await caller.operator.suspend({ slug });
  else if (action === "resume") await caller.operator.resume({ slug });
  else if (action === "archive") query = `?archived=${encodeURIComponent((await caller.operator.archive({ slug })).file)}`;
  revalidatePath("/operator");
  redirect(`/operator${query}`);
}
