import { parseWithZod } from "@conform-to/zod/v4";
import { issuesOf } from "@lgp/api";
import { InputError } from "@lgp/db";
import type { FieldError } from "@lgp/ui";
import { TRPCError } from "@trpc/server";
import type { $ZodIssue, $ZodType, output } from "zod/v4/core";

export type ParsedForm<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/**
 * Reads a form against the input schema of the procedure it posts to (conform turns its strings into the
 * schema's numbers, ticks and lists, and an empty box into an absent field), so the procedure is called
 * with exactly what it accepts. A refused form reports every field at fault at once, each with its
 * first message, in the order of the schema's fields.
 */
export function parseForm<S extends $ZodType>(form: FormData, schema: S): ParsedForm<output<S>> {
  // Worded as the API words them, so a field the form should not send is named as the API names it.
  const submission = parseWithZod(sentFields(form, schema), { schema, formatError: (issues: $ZodIssue[]) => (issuesOf({ issues }) ?? issues).map((i) => i.message) });
  if (submission.status === "success") return { ok: true, value: submission.value };
  const errors = new Map<string, string>();
  for (const [path, messages] of Object.entries(submission.error ?? {})) {
    // A list's item at fault ("roles[1]") is reported on the list's own field.
    const field = path.split(/[.[]/)[0] || "form";
    if (messages?.[0] && !errors.has(field)) errors.set(field, messages[0]);
  }
  return { ok: false, errors: [...errors].map(([field, message]) => ({ field, message })) };
}

interface UnionDef {
  type: string;
  discriminator?: string;
  options?: { _zod: { def: { shape?: Record<string, { _zod: { def: { values?: unknown[] } } }> } } }[];
}

/** Fields React and Next add to a form for their own use (which action, its bound arguments). */
const isFrameworkField = (name: string) => name.startsWith("$ACTION");

/**
 * A form that shows every option's fields at once (each way of sending email, say) posts them all; only
 * those of the option chosen are the procedure's input, the others are left out rather than refused.
 */
function chosenOptionFields(form: FormData, schema: $ZodType): Set<string> | null {
  const def = schema._zod.def as UnionDef;
  if (def.type !== "union" || !def.discriminator || !def.options) return null;
  const key = def.discriminator;
  const chosen = form.get(key);
  const shape = def.options.find((o) => o._zod.def.shape?.[key]?._zod.def.values?.includes(chosen))?._zod.def.shape;
  return shape ? new Set(Object.keys(shape)) : null;
}

/** What the person sent, as the schema is to read it. */
function sentFields(form: FormData, schema: $ZodType): FormData {
  const chosen = chosenOptionFields(form, schema);
  const sent = new FormData();
  for (const [name, value] of form) if (!isFrameworkField(name) && (!chosen || chosen.has(name))) sent.append(name, value);
  return sent;
}

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
    if (isFrameworkField(key) || SECRET_FIELDS.has(key)) continue;
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    echoed[key] = values.length === 1 ? values[0]! : values;
  }
  return echoed;
}
