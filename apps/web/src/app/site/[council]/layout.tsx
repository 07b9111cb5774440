import { brandStyle, Footer, Header, Main, SkipLink } from "@lgp/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { currentCouncil } from "~/server/api";
import { headerLinks } from "~/server/header-links";
import "../../globals.css";

/** Every page reads the database per request; nothing is rendered at build time. */
export const dynamic = "force-dynamic";


export async function generateMetadata(): Promise<Metadata> {
  const council = await currentCouncil();
  return { title: { template: `%s – ${council.name}`, default: council.name } };
}

/** Every page of a council's site, in the council's own name and colours. */
export default async function CouncilLayout({ children }: { children: ReactNode }) {
  const council = await currentCouncil();
  const t = await getTranslations("common");
  return (
    <html lang="en" style={brandStyle(council)}>
      <body>
        <SkipLink>{t("skipLink")}</SkipLink>
        <Header homeHref="/" name={council.name} logoSrc={`/assets/logo?v=${council.updatedAt.getTime()}`} links={await headerLinks()} linksLabel={t("accountLinks")} />
        <Main>{children}</Main>
        <Footer heading={t("supportLinks")} links={[{ href: "/accessibility", label: t("accessibility") }]} meta={t("footerMeta", { council: council.name })} />
      </body>
    </html>
  );
}
