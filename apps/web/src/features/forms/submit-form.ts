import "server-only";
import { revalidatePath } from "next/cache";
import type { $ZodType, output } from "zod/v4/core";
import { echoForm, formErrors, parseForm } from "~/server/form-errors";
import { noteRefusedForm } from "~/server/refused-form";
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
  let errors = parsed.ok ? [] : parsed.errors;
  if (parsed.ok) {
    try {
      await run(parsed.value);
    } catch (error) {
      errors = formErrors(error, field);
    }
  }
  if (errors.length > 0) {
    await noteRefusedForm();
    return { values: echoForm(form), errors };
  }
  revalidatePath(path);
  return { values: {}, errors: [], saved: await savedBanner() };
}
