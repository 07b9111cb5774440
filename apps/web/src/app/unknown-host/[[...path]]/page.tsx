import { platformAddress } from "@lgp/councils";
import { Body, Heading, Link } from "@lgp/ui";
import { getTranslations } from "next-intl/server";

/** Any path on a host where no council lives (the proxy answers it with a 404 status). */
export default async function UnknownHost() {
  const t = await getTranslations("unknownHost");
  return (
    <>
      <Heading>{t("title")}</Heading>
      <Body>{t("body")}</Body>
      <Body>
        <Link href={`${platformAddress()}/`}>{t("platform")}</Link>
      </Body>
    </>
  );
}
