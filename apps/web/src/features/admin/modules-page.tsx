import { Button, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormChoices } from "~/features/forms/action-form";
import { saveModules } from "./actions";
import { AdminNav } from "./admin-nav";
import { requireCouncilAdmin } from "./guard";

export default async function ModulesPage() {
  const { council } = await requireCouncilAdmin();
  const t = await getTranslations("admin.modules");
  const common = await getTranslations("common");
  return (
    <>
      <Heading caption={council.name}>{t("title")}</Heading>
      <AdminNav current="modules" />
      <ActionForm action={saveModules} errorSummaryTitle={common("errorSummaryTitle")}>
        <FormChoices
          type="checkbox"
          name="modules"
          legend={t("legend")}
          hint={t("hint")}
          errorPrefix={common("errorPrefix")}
          checked={council.modules}
          choices={[
            { value: "match", label: t("match"), hint: t("matchHint") },
            { value: "booking", label: t("booking"), hint: t("bookingHint") },
          ]}
        />
        <Button>{t("save")}</Button>
      </ActionForm>
    </>
  );
}
