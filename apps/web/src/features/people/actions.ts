"use server";

import { api } from "~/server/api";
import { formErrors } from "~/server/form-errors";

export interface LookupState {
  email: string;
  error?: string;
  record?: Awaited<ReturnType<Awaited<ReturnType<typeof api>>["people"]["record"]>>;
  searched?: boolean;
}

/** Posted, not a GET query: residents' addresses stay out of URLs and logs. */
export async function lookUpPerson(_previous: LookupState, form: FormData): Promise<LookupState> {
  const email = String(form.get("email") ?? "");
  try {
    return { email, record: await (await api()).people.record({ email }), searched: true };
  } catch (error) {
    return { email, error: formErrors(error, "email")[0]?.message };
  }
}
