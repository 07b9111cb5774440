import { Body, Heading } from "@lgp/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DirectorySearchForm } from "~/features/directory/search-form";
import { api } from "~/server/api";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("help"))("title") };
}

export default async function HelpDirectory() {
  const categories = await (await api()).match.categories();
  const t = await getTranslations("help");
  return (
    <>
      <Heading>{t("title")}</Heading>
      <Body lead>{t("lead")}</Body>
      <DirectorySearchForm categories={categories} />
      <Heading level={2}>{(await getTranslations("directory"))("kindsHeading")}</Heading>
      <dl>
        {categories.map((c) => (
          <div key={c.slug} className="mb-6 border-l-4 border-brand pl-4">
            <dt className="text-xl font-bold">{c.name}</dt>
            <dd>{c.description}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
