import { councilSchema } from "@lgp/db";
import { getTranslations } from "next-intl/server";
import { FormRadios } from "~/features/forms/action-form";

/** The check a category asks of its helpers, weakest first, as the add and change forms ask it. */
export async function CheckRadios({ value }: { value: string }) {
  const t = await getTranslations("admin.categories");
  const checks = await getTranslations("vettingChecks");
  const e = (await getTranslations("common"))("errorPrefix");
  return (
    <FormRadios
      name="requiredCheck"
      legend={t("requiredCheck")}
      hint={t("requiredCheckHint")}
      errorPrefix={e}
      value={value}
      items={councilSchema.vettingCheck.map((check) => ({ value: check, label: checks(check) }))}
    />
  );
}
