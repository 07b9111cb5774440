import { councilsEnv } from "@lgp/councils";
import { Body, Heading, Link } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { env } from "~/env";

/** Any path on a host where no council lives (the proxy answers it with a 404 status). */
export default async function UnknownHost() {
  const t = await getTranslations("unknownHost");
  return (
    <>
      <Heading>{t("title")}</Heading>
      <Body>{t("body")}</Body>
      <Body>
        <Link href={`//${councilsEnv.PLATFORM_HOST}:${env.PORT}/`}>{t("platform")}</Link>
      </Body>
    </>
  );
}
