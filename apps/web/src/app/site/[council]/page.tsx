import { Body, Heading, Link } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { api } from "~/server/api";
import { homeTitle } from "~/server/page-title";

export const generateMetadata = () => homeTitle("home");

export default async function CouncilHome() {
  const caller = await api();
  const { council } = await caller.site.home();
  const categories = council.modules.includes("match") ? await caller.match.categories() : [];
  const t = await getTranslations("home");
  return (
    <>
      <Heading caption={council.name}>{t("title")}</Heading>
      <Body lead>{t("lead", { council: council.name })}</Body>
      {council.modules.includes("match") ? (
        <Body>
          <Link href="/help">{t("findHelp")}</Link>
        </Body>
      ) : null}
      <Heading level={2}>{t("categoriesHeading")}</Heading>
      {categories.length === 0 ? (
        <Body>{t("noCategories")}</Body>
      ) : (
        <ul className="grid gap-6 sm:grid-cols-2">
          {categories.map((category) => (
            <li key={category.slug} className="border-t-4 border-brand pt-3">
              <Heading level={3}>{category.name}</Heading>
              <Body>{category.description}</Body>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
