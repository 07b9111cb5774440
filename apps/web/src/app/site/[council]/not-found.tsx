import { Body, Heading, Link } from "@lgp/ui";
import { getTranslations } from "next-intl/server";

export default async function CouncilNotFound() {
  const t = await getTranslations("notFound");
  return (
    <>
      <Heading>{t("title")}</Heading>
      <Body>{t("typed")}</Body>
      <Body>{t("pasted")}</Body>
      <Body>
        <Link href="/">{t("home")}</Link>
      </Body>
    </>
  );
}
