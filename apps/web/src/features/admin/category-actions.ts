"use server";

import { formInputs } from "@lgp/api";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "~/features/forms/action-form";
import { savedBanner } from "~/features/forms/saved-banner";
import { submitForm } from "~/features/forms/submit-form";
import { api } from "~/server/api";
import { formErrors } from "~/server/form-errors";

const PAGE = "/admin/categories";

/** A refusal of a list's buttons names the list (its id on the page), which the error summary links to. */
const LISTED = "listed-categories";
const RETIRED = "retired-categories";

export async function addCategory(_previous: FormState, form: FormData): Promise<FormState> {
  return submitForm(form, formInputs.addCategoryInput, async (input) => (await api()).match.addCategory(input), { path: PAGE, field: "name" });
}

/** The change page's form; saved, it goes back to the list. */
export async function updateCategory(_previous: FormState, form: FormData): Promise<FormState> {
  const state = await submitForm(form, formInputs.updateCategoryInput, async (input) => (await api()).match.updateCategory(input), { path: PAGE, field: "name" });
  if (state.errors.length === 0) redirect(PAGE);
  return state;
}

/**
 * The listed categories' buttons, all in one form: the button pressed sends `change` as
 * "<up|down|retire>:<category id>", so each is a plain submit button that works without JavaScript.
 */
export async function changeListedCategory(_previous: FormState, form: FormData): Promise<FormState> {
  const [what = "", id = ""] = String(form.get("change") ?? "").split(":");
  const categoryId = Number(id);
  return changed(LISTED, async () => {
    const match = (await api()).match;
    if (what === "retire") return match.retireCategory({ categoryId });
    return match.moveCategory({ categoryId, direction: what as "up" | "down" });
  });
}

/** The retired categories' Restore buttons, each sending its category's id. */
export async function restoreCategory(_previous: FormState, form: FormData): Promise<FormState> {
  return changed(RETIRED, async () => (await api()).match.restoreCategory({ categoryId: Number(form.get("categoryId")) }));
}

async function changed(list: string, run: () => Promise<unknown>): Promise<FormState> {
  try {
    await run();
  } catch (error) {
    return { values: {}, errors: formErrors(error, list).map((e) => ({ field: list, message: e.message })) };
  }
  revalidatePath(PAGE);
  return { values: {}, errors: [], saved: await savedBanner() };
}
