import { MODULES } from "@lgp/modules";
import { Button, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormCheckboxes } from "~/features/forms/action-form";
import { saveModules } from "./actions";
import { currentCouncil } from "~/server/api";
import { formTitles, titled } from "~/server/page-title";

export const generateMetadata = () => titled("admin.modules");

export default async function ModulesPage() {
  const council = await currentCouncil();
  const t = await getTranslations("admin.modules");
  const form = await formTitles(t("title"));
  const common = await getTranslations("common");
  const names = await getTranslations("modules");
  return (
    <>
      <Heading caption={council.name}>{t("title")}</Heading>
      <ActionForm action={saveModules} {...form}>
        <FormCheckboxes
          name="modules"
          legend={t("legend")}
          hint={t("hint")}
          errorPrefix={common("errorPrefix")}
          values={council.modules}
          items={MODULES.map((m) => ({ value: m.key, label: names(`${m.key}.name`), hint: names(`${m.key}.hint`) }))}
        />
        <Button>{t("save")}</Button>
      </ActionForm>
    </>
  );
}
