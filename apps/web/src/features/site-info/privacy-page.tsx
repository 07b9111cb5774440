import { Body, Heading, Link } from "@lgp/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { currentCouncil } from "~/server/api";
import { listClass } from "./accessibility-statement";

const ICO = "https://ico.org.uk/make-a-complaint/";
const COLLECTED = { council: ["email", "request", "security", "audit"], platform: ["email", "security", "audit"] } as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacy"))("title") };
}

/**
 * A privacy notice in the order the ICO suggests: who is responsible, what is collected and why, who
 * it is shared with, how long it is kept, your rights and how to complain.
 */
async function PrivacyNotice({ kind, controller }: { kind: "council" | "platform"; controller: string }) {
  const t = await getTranslations("privacy");
  const link = (href: string) => (chunks: ReactNode) => <Link href={href}>{chunks}</Link>;
  return (
    <>
      <Heading>{t("title")}</Heading>
      <Body lead>{t(`${kind}.intro`, { controller })}</Body>
      <Heading level={2}>{t("controllerHeading")}</Heading>
      <Body>{t(`${kind}.controller`, { controller })}</Body>
      <Heading level={2}>{t("collectHeading")}</Heading>
      <Body>{t("collect")}</Body>
      <ul className={listClass}>
        {COLLECTED[kind].map((item) => (
          <li key={item}>{t(`${kind}.collected.${item}`)}</li>
        ))}
      </ul>
      <Heading level={2}>{t("whyHeading")}</Heading>
      <Body>{t(`${kind}.why`, { controller })}</Body>
      <Heading level={2}>{t("shareHeading")}</Heading>
      <Body>{t(`${kind}.share`)}</Body>
      <Heading level={2}>{t("keepHeading")}</Heading>
      <Body>{t(`${kind}.keep`, { controller })}</Body>
      <Heading level={2}>{t("rightsHeading")}</Heading>
      <Body>{t.rich("rights", { controller, link: link("/contact") })}</Body>
      <Heading level={2}>{t("complainHeading")}</Heading>
      <Body>{t.rich("complain", { link: link(ICO) })}</Body>
    </>
  );
}

export async function CouncilPrivacyPage() {
  return <PrivacyNotice kind="council" controller={(await currentCouncil()).name} />;
}

export async function PlatformPrivacyPage() {
  return <PrivacyNotice kind="platform" controller={(await getTranslations("common"))("platformName")} />;
}
