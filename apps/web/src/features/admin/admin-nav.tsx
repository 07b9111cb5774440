import { adminSections } from "@lgp/modules";
import { getTranslations } from "next-intl/server";
import { SectionNav } from "~/components/section-nav";
import { currentCouncil } from "~/server/api";

const SECTIONS = ["branding", "modules", "email", "sign-in", "staff", "organisations", "audit"] as const;

/** The admin console's sections, drawn by its layout; `path` is the page asked for. */
export async function AdminNav({ path }: { path: string }) {
  const t = await getTranslations("admin");
  const modules = await getTranslations("modules");
  // A switched-on module's sections follow the console's own, as its registration declares them.
  const sections = [
    ...SECTIONS.map((s) => ({ href: `/admin/${s}`, label: t(`sections.${s}`) })),
    ...adminSections(await currentCouncil()).map((s) => ({ href: `/admin/${s.section}`, label: modules(`${s.module}.sections.${s.section}`) })),
  ];
  return <SectionNav label={t("navLabel")} path={path} sections={sections} />;
}
