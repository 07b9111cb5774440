import { formatDate, Temporal } from "@lgp/time";
import { Body, Heading } from "@lgp/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { api, currentCouncil } from "~/server/api";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accessibility"))("title") };
}

export default async function AccessibilityStatement() {
  const council = await currentCouncil();
  const details = await (await api()).site.details();
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
      {details.accessibilityKnownIssues ? (
        <section>
          <Heading level={2}>{t("knownIssuesHeading")}</Heading>
          <Body>{details.accessibilityKnownIssues}</Body>
        </section>
      ) : null}
      {details.accessibilityContact || details.contactEmail || details.contactPhone ? (
        <section data-testid="accessibility-contact">
          <Heading level={2}>{t("contactHeading")}</Heading>
          {[details.accessibilityContact, details.contactEmail, details.contactPhone, details.contactAddress].filter(Boolean).map((line) => (
            <Body key={line}>{line}</Body>
          ))}
        </section>
      ) : null}
      {details.accessibilityPreparedOn ? <Body>{t("preparedOn", { date: formatDate(Temporal.PlainDate.from(details.accessibilityPreparedOn)) })}</Body> : null}
    </>
  );
}
