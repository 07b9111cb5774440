import { Body, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { formTitles, titled } from "~/server/page-title";
import { OnboardForm } from "./onboard-form";

export const generateMetadata = () => titled("onboard");

export default async function OnboardPage() {
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
          successTitle: common("success"),
          doneTitle: t("doneTitle"),
          openSite: t("openSite"),
          ...(await formTitles(t("title"))),
          errorPrefix: common("errorPrefix"),
        }}
      />
    </>
  );
}
