import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PlainDocument } from "~/components/plain-document";
import { BetaBanner, siteInfoLinks } from "~/features/site-info/site-chrome";
import { ErrorMessages } from "~/features/errors/error-messages";
import { headerLinks } from "~/server/header-links";
import { titleTemplate } from "~/server/page-title";

/** Every page reads the database per request; nothing is rendered at build time. */
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const name = (await getTranslations("common"))("platformName");
  return { title: await titleTemplate(name) };
}

export default async function PlatformLayout({ children }: { children: ReactNode }) {
  return (
    <PlainDocument links={await headerLinks()} phaseBanner={<BetaBanner />} footerLinks={await siteInfoLinks()}>
      <ErrorMessages>{children}</ErrorMessages>
    </PlainDocument>
  );
}
