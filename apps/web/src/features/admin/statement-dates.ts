import { parseDateInput, Temporal } from "@lgp/time";
import type { FieldError } from "@lgp/ui";

const STATEMENT_DATES = ["accessibilityPreparedOn", "accessibilityReviewedOn"] as const;
type StatementDate = (typeof STATEMENT_DATES)[number];

const NAMES: Record<StatementDate, string> = {
  accessibilityPreparedOn: "the date the statement was prepared",
  accessibilityReviewedOn: "the date the statement was last reviewed",
};

/**
 * The accessibility statement's dates, typed in GOV.UK date inputs, as ISO dates for the settings ("" for
 * one left empty: both are optional), or GOV.UK's messages for them, each on the first field at fault.
 */
export function readStatementDates(form: FormData, today?: Temporal.PlainDate): { dates: Record<StatementDate, string>; errors: FieldError[] } {
  const dates: Record<StatementDate, string> = { accessibilityPreparedOn: "", accessibilityReviewedOn: "" };
  const errors: FieldError[] = [];
  let prepared: Temporal.PlainDate | undefined;
  for (const id of STATEMENT_DATES) {
    const posted = { day: String(form.get(`${id}-day`) ?? ""), month: String(form.get(`${id}-month`) ?? ""), year: String(form.get(`${id}-year`) ?? "") };
    if (!`${posted.day}${posted.month}${posted.year}`.trim()) continue;
    // A review comes after the statement it reviews.
    const earliest = id === "accessibilityReviewedOn" ? prepared : undefined;
    const result = parseDateInput(posted, { name: NAMES[id], when: "today-or-past", today, earliest, boundNote: earliest ? "(when the statement was prepared)" : undefined });
    if (!result.ok) {
      errors.push({ field: `${id}-${result.fields[0]}`, message: result.message });
      continue;
    }
    if (id === "accessibilityPreparedOn") prepared = result.date;
    dates[id] = result.date.toString();
  }
  return { dates, errors };
}

/** The form as the procedure takes it: each date's three fields replaced by the ISO date they make. */
export function withStatementDates(form: FormData, dates: Record<StatementDate, string>): FormData {
  const sent = new FormData();
  for (const [key, value] of form) if (!STATEMENT_DATES.some((id) => key.startsWith(`${id}-`))) sent.append(key, value);
  for (const id of STATEMENT_DATES) sent.set(id, dates[id]);
  return sent;
}
