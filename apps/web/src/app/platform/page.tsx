import { councilsEnv } from "@lgp/councils";
import { Body, Heading, Link } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { env } from "~/env";
import { api } from "~/server/api";

export default async function PlatformHome() {
  const councils = await (await api()).platform.councils();
  const t = await getTranslations("platform");
  const port = env.PORT === 80 || env.PORT === 443 ? "" : `:${env.PORT}`;
  return (
    <>
      <Heading>{t("title")}</Heading>
      <Body lead>{t("lead")}</Body>
      <Heading level={2}>{t("councilsHeading")}</Heading>
      {councils.length === 0 ? (
        <Body>{t("noCouncils")}</Body>
      ) : (
        <ul className="list-disc pl-5">
          {councils.map((c) => (
            <li key={c.slug} className="mb-2">
              <Link href={`//${c.slug}.${councilsEnv.PLATFORM_HOST}${port}/`}>{c.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
