import { Body, Heading, Link, SummaryList, type SummaryRow } from "@lgp/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { env } from "~/env";
import { api, currentCouncil } from "~/server/api";

const FIND_YOUR_COUNCIL = "https://www.gov.uk/find-local-council";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contact"))("title") };
}

const link = (href: string) => (chunks: ReactNode) => <Link href={href}>{chunks}</Link>;

/** How to reach the council, from the details its admin gave; where it gave none, where to look instead. */
export async function CouncilContactPage() {
  const council = await currentCouncil();
  const details = await (await api()).site.details();
  const t = await getTranslations("contact");
  const rows: SummaryRow[] = [
    ...(details.contactEmail ? [{ key: t("email"), value: <Link href={`mailto:${details.contactEmail}`}>{details.contactEmail}</Link> }] : []),
    ...(details.contactPhone ? [{ key: t("phone"), value: details.contactPhone }] : []),
    ...(details.contactAddress ? [{ key: t("address"), value: <span className="whitespace-pre-line">{details.contactAddress}</span> }] : []),
  ];
  return (
    <>
      <Heading>{t("title")}</Heading>
      <Body lead>{t("councilIntro", { council: council.name })}</Body>
      {rows.length > 0 ? <SummaryList rows={rows} testId="contact-details" /> : <Body>{t.rich("noDetails", { council: council.name, link: link(FIND_YOUR_COUNCIL) })}</Body>}
      <Body>{t.rich("accessibility", { link: link("/accessibility") })}</Body>
    </>
  );
}

/** The platform's contact page: residents are sent to their council; others reach the platform's team. */
export async function PlatformContactPage() {
  const t = await getTranslations("contact");
  const email = env.LGP_PLATFORM_CONTACT_EMAIL;
  return (
    <>
      <Heading>{t("title")}</Heading>
      <Body lead>{t("platformIntro")}</Body>
      <Body>{t.rich("residents", { link: link("/") })}</Body>
      <Body>{email ? t.rich("platformEmail", { email, link: link(`mailto:${email}`) }) : t("platformNoEmail")}</Body>
      <Body>{t.rich("accessibility", { link: link("/accessibility") })}</Body>
    </>
  );
}
