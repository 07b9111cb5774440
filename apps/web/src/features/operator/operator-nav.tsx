import { getTranslations } from "next-intl/server";
import { SectionNav } from "~/components/section-nav";

const SECTIONS = [
  ["councils", "/operator"],
  ["onboard", "/operator/councils/new"],
] as const;

/** The operator console's sections, drawn by its layout; `path` is the page asked for. */
export async function OperatorNav({ path }: { path: string }) {
  const t = await getTranslations("operator");
  return <SectionNav label={t("navLabel")} path={path} sections={SECTIONS.map(([key, href]) => ({ href, label: t(`sections.${key}`) }))} />;
}
