import { Body, Heading, Link } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { api } from "~/server/api";

export default async function PlatformHome() {
  const councils = await (await api()).platform.councils();
  const t = await getTranslations("platform");
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
              <Link href={`${c.address}/`}>{c.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
