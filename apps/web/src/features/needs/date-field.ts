import { parseDateInput, type DateQuestion } from "@lgp/time";
import type { FieldError } from "@lgp/ui";

/**
 * A GOV.UK date input's three fields (`${id}-day`, …) as the ISO date they make: null when all three
 * are empty and the date is optional, or GOV.UK's message on the first field at fault.
 */
export function readDateField(form: FormData, id: string, question: DateQuestion & { optional?: boolean }): { iso: string | null; error: FieldError | null } {
  const posted = { day: String(form.get(`${id}-day`) ?? ""), month: String(form.get(`${id}-month`) ?? ""), year: String(form.get(`${id}-year`) ?? "") };
  if (question.optional && !`${posted.day}${posted.month}${posted.year}`.trim()) return { iso: null, error: null };
  const result = parseDateInput(posted, question);
  if (!result.ok) return { iso: null, error: { field: `${id}-${result.fields[0]}`, message: result.message } };
  return { iso: result.date.toString(), error: null };
}
