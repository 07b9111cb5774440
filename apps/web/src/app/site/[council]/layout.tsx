import { brandStyle, Footer, Header, Main, SkipLink } from "@lgp/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { BetaBanner, siteInfoLinks } from "~/features/site-info/site-chrome";
import { api, currentCouncil } from "~/server/api";
import { ErrorMessages } from "~/features/errors/error-messages";
import { headerLinks } from "~/server/header-links";
import { titleTemplate } from "~/server/page-title";
import "../../globals.css";

/** Every page reads the database per request; nothing is rendered at build time. */
export const dynamic = "force-dynamic";


export async function generateMetadata(): Promise<Metadata> {
  const council = await currentCouncil();
  // Versioned by the council's last change, as the logo is, so a new logo or colour shows at once.
  return { title: await titleTemplate(council.name), icons: { icon: `/assets/icon?v=${council.updatedAt.getTime()}` } };
}

/** Every page of a council's site, in the council's own name and colours. */
export default async function CouncilLayout({ children }: { children: ReactNode }) {
  const council = await currentCouncil();
  const t = await getTranslations("common");
  const hasLogo = await (await api()).site.hasLogo();
  return (
    <html lang="en" style={brandStyle(council)}>
      <body>
        <SkipLink>{t("skipLink")}</SkipLink>
        <Header homeHref="/" name={council.name} logoSrc={hasLogo ? `/assets/logo?v=${council.updatedAt.getTime()}` : undefined} links={await headerLinks()} linksLabel={t("accountLinks")} />
        <BetaBanner />
        <Main>
          <ErrorMessages>{children}</ErrorMessages>
        </Main>
        <Footer
          heading={t("supportLinks")}
          links={await siteInfoLinks()}
          meta={t("footerMeta", { council: council.name })}
          // The ONS licence asks for its three lines wherever its postcode data is used: distances and wards on this site come from it.
          attribution={[t("postcodeAttributionOs"), t("postcodeAttributionRoyalMail"), t("postcodeAttributionOns")]}
        />
      </body>
    </html>
  );
}
