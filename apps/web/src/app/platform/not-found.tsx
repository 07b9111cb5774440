import { Body, Heading, Link } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { pageTitle, titled } from "~/server/page-title";

/** Titled as the forbidden page is, and for the same reason (features/errors/forbidden-page.tsx). */
export const generateMetadata = () => titled("notFound");

export default async function PlatformNotFound() {
  const t = await getTranslations("notFound");
  return (
    <>
      <title>{await pageTitle(t("title"))}</title>
      <Heading>{t("title")}</Heading>
      <Body>{t("typed")}</Body>
      <Body>
        <Link href="/">{t("home")}</Link>
      </Body>
    </>
  );
}
