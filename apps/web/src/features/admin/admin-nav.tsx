import { getTranslations } from "next-intl/server";

const SECTIONS = ["branding", "modules", "email", "sign-in", "staff", "organisations", "audit"] as const;

/** The admin console's sections, with the current one marked for screen readers. */
export async function AdminNav({ current }: { current: (typeof SECTIONS)[number] | "home" }) {
  const t = await getTranslations("admin");
  return (
    <nav aria-label={t("navLabel")} className="mb-8 border-b border-border pb-4">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {SECTIONS.map((s) => (
          <li key={s}>
            <a href={`/admin/${s}`} aria-current={s === current ? "page" : undefined} className={`text-link underline focus:bg-focus focus:text-focus-text ${s === current ? "font-bold" : ""}`}>
              {t(`sections.${s}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
