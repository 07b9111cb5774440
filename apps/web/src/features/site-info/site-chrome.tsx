import { Link, PhaseBanner, type FooterLink } from "@lgp/ui";
import { getTranslations } from "next-intl/server";

/** The footer's links on every council and platform page; each site answers these paths with its own page. */
export async function siteInfoLinks(): Promise<FooterLink[]> {
  const t = await getTranslations("common");
  return [
    { href: "/accessibility", label: t("accessibility") },
    { href: "/privacy", label: t("privacy") },
    { href: "/cookies", label: t("cookies") },
    { href: "/contact", label: t("contact") },
  ];
}

/** "Beta", below the header, with a way to give feedback: the site's own contact page. */
export async function BetaBanner() {
  const t = await getTranslations("common");
  return <PhaseBanner phase={t("phase")}>{t.rich("phaseText", { link: (chunks) => <Link href="/contact">{chunks}</Link> })}</PhaseBanner>;
}
