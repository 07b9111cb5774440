import { brandStyle, Footer, Header, Main, SkipLink, type FooterLink } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import "../app/globals.css";

const PLATFORM_BRAND = { brandColour: "#1d4f91", brandTextColour: "#ffffff", linkColour: "#1d4f91" };

/**
 * The page around anything that is not a council's own site: the platform's pages and its error pages.
 * Only the platform's own pages have a phase banner and footer links: at an unknown or unavailable
 * address there are no pages for them to lead to.
 */
export async function PlainDocument({
  name,
  homeHref,
  links,
  phaseBanner,
  footerLinks = [],
  children,
}: {
  name?: string;
  homeHref?: string;
  links?: { href: string; label: string }[];
  phaseBanner?: ReactNode;
  footerLinks?: FooterLink[];
  children: ReactNode;
}) {
  const t = await getTranslations("common");
  return (
    <html lang="en" style={brandStyle(PLATFORM_BRAND)}>
      <body>
        <SkipLink>{t("skipLink")}</SkipLink>
        <Header homeHref={homeHref ?? "/"} name={name ?? t("platformName")} links={links} linksLabel={t("accountLinks")} />
        {phaseBanner}
        <Main>{children}</Main>
        <Footer heading={t("supportLinks")} links={footerLinks} meta={t("platformName")} />
      </body>
    </html>
  );
}
