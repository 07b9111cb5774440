import { Body, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { requireOperator } from "./guard";
import { OnboardForm } from "./onboard-form";

export default async function OnboardPage() {
  await requireOperator();
  const t = await getTranslations("onboard");
  const common = await getTranslations("common");
  return (
    <>
      <Heading caption={(await getTranslations("operator"))("title")}>{t("title")}</Heading>
      <Body>{t("intro")}</Body>
      <OnboardForm
        labels={{
          name: t("name"),
          slug: t("slug"),
          slugHint: t("slugHint"),
          hosts: t("hosts"),
          hostsHint: t("hostsHint"),
          adminEmail: t("adminEmail"),
          adminEmailHint: t("adminEmailHint"),
          submit: t("submit"),
          doneTitle: t("doneTitle"),
          openSite: t("openSite"),
          errorSummaryTitle: common("errorSummaryTitle"),
          errorPrefix: common("errorPrefix"),
        }}
      />
    </>
  );
}
