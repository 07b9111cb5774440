import { Body, Heading, Link } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "~/server/page-title";

export default async function PlatformNotFound() {
  const t = await getTranslations("notFound");
  return (
    <>
      {/* Not-found pages take no metadata of their own; React puts this title in the head. */}
      <title>{await pageTitle(t("title"))}</title>
      <Heading>{t("title")}</Heading>
      <Body>{t("typed")}</Body>
      <Body>
        <Link href="/">{t("home")}</Link>
      </Body>
    </>
  );
}
