import { formatDate, Temporal } from "@lgp/time";
import { Link } from "@lgp/ui";
import { getTranslations } from "next-intl/server";

/** "Times from … to …" and links to the week before (never before today) and after, as plain GET links. */
export async function WeekLinks({ from, days, path }: { from: string; days: number; path: string }) {
  const t = await getTranslations("booking.times");
  const start = Temporal.PlainDate.from(from);
  const today = Temporal.Now.plainDateISO("Europe/London");
  const before = start.subtract({ days });
  return (
    <nav aria-label={t("week", { from: formatDate(start), to: formatDate(start.add({ days: days - 1 })) })} className="mb-6 flex flex-wrap items-center gap-x-6 text-lg">
      <p className="mb-0 font-bold">{t("week", { from: formatDate(start), to: formatDate(start.add({ days: days - 1 })) })}</p>
      {Temporal.PlainDate.compare(start, today) > 0 ? <Link href={`${path}?from=${Temporal.PlainDate.compare(before, today) < 0 ? today : before}`}>{t("previous")}</Link> : null}
      <Link href={`${path}?from=${start.add({ days })}`}>{t("next")}</Link>
    </nav>
  );
}
