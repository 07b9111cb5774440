import "server-only";
import { revalidatePath } from "next/cache";
import type { $ZodType, output } from "zod/v4/core";
import { echoForm, formErrors, parseForm } from "~/server/form-errors";
import type { FormState } from "./action-form";
import { savedBanner } from "./saved-banner";

/**
 * An ActionForm's action: the form is checked against the procedure's own input schema, then the
 * procedure runs. Either kind of refusal (the schema's, or the procedure's own checks) comes back beside
 * the fields with the form as sent; `field` is where a refusal that names no field is shown.
 */
export async function submitForm<S extends $ZodType>(
  form: FormData,
  schema: S,
  run: (input: output<S>) => Promise<unknown>,
  { path, field }: { path: string; field?: string },
): Promise<FormState> {
  const parsed = parseForm(form, schema);
  if (!parsed.ok) return { values: echoForm(form), errors: parsed.errors };
  try {
    await run(parsed.value);
  } catch (error) {
    return { values: echoForm(form), errors: formErrors(error, field) };
  }
  revalidatePath(path);
  return { values: {}, errors: [], saved: await savedBanner() };
}
