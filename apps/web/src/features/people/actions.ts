"use server";

import { formInputs } from "@lgp/api";
import { formatDate } from "@lgp/time";
import { api } from "~/server/api";
import { formErrors, parseForm } from "~/server/form-errors";
import { noteRefusedForm } from "~/server/refused-form";

type PersonRecord = NonNullable<Awaited<ReturnType<Awaited<ReturnType<typeof api>>["people"]["record"]>>>;

export interface LookupState {
  email: string;
  error?: string;
  /** `since` as a person reads it, dated here on the server so the form's JavaScript needs no time zones. */
  record?: Omit<PersonRecord, "since"> & { since: string };
  searched?: boolean;
}

/** Posted, not a GET query: residents' addresses stay out of URLs and logs. */
export async function lookUpPerson(_previous: LookupState, form: FormData): Promise<LookupState> {
  const email = String(form.get("email") ?? "");
  const parsed = parseForm(form, formInputs.lookUpPersonInput);
  let error = parsed.ok ? undefined : parsed.errors[0]?.message;
  if (parsed.ok) {
    try {
      const record = await (await api()).people.record(parsed.value);
      return { email, record: record ? { ...record, since: formatDate(record.since) } : undefined, searched: true };
    } catch (refused) {
      error = formErrors(refused, "email")[0]?.message;
    }
  }
  await noteRefusedForm();
  return { email, error };
}
