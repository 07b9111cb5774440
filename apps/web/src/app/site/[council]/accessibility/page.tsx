import { Body, Heading } from "@lgp/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { currentCouncil } from "~/server/api";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accessibility"))("title") };
}

export default async function AccessibilityStatement() {
  const council = await currentCouncil();
  const t = await getTranslations("accessibility");
  const sections = ["using", "compliance", "reporting", "enforcement"] as const;
  return (
    <>
      <Heading>{t("title")}</Heading>
      <Body lead>{t("intro", { council: council.name })}</Body>
      {sections.map((s) => (
        <section key={s}>
          <Heading level={2}>{t(`${s}Heading`)}</Heading>
          <Body>{t(s, { council: council.name })}</Body>
        </section>
      ))}
    </>
  );
}
