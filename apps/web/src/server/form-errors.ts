import { issuesOf } from "@lgp/api";
import { InputError } from "@lgp/db";
import type { FieldError } from "@lgp/ui";
import { TRPCError } from "@trpc/server";

/**
 * Turns a refused procedure call into messages beside the fields they concern (GOV.UK style). Anything
 * that is not a person's mistake is re-thrown: it is a fault, not a form error.
 */
export function formErrors(error: unknown, field = "form"): FieldError[] {
  if (!(error instanceof TRPCError) || (error.code !== "BAD_REQUEST" && error.code !== "CONFLICT")) throw error;
  const cause = error.cause;
  const issues = issuesOf(cause);
  if (issues) {
    const seen = new Set<string>();
    return issues
      .map((i) => ({ field: String(i.path[0] ?? "form"), message: i.message }))
      .filter((e) => !seen.has(e.field) && seen.add(e.field));
  }
  if (cause instanceof InputError && Object.keys(cause.fields).length > 0) {
    return Object.entries(cause.fields).map(([field, message]) => ({ field, message }));
  }
  return [{ field, message: error.message }];
}

const SECRET_FIELDS = new Set(["password", "apiKey", "clientSecret", "privateKey"]);

/**
 * What was sent, to draw the form again after an error exactly as the person left it: every field
 * (repeated ones, like ticked boxes, as lists), never a secret, never Next.js's own action fields.
 */
export function echoForm(form: FormData): Record<string, string | string[]> {
  const echoed: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION") || SECRET_FIELDS.has(key)) continue;
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    echoed[key] = values.length === 1 ? values[0]! : values;
  }
  return echoed;
}
