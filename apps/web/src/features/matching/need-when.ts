import { formatDate, Temporal } from "@lgp/time";
import { getTranslations } from "next-intl/server";

/** When a resident wants help, in words: their parts of the week, then their dates ("Monday morning, 3 December 2026"). */
export async function needWhen(times: readonly string[], dates: readonly string[]): Promise<string> {
  const t = await getTranslations("needs");
  const parts = times.map((time) => {
    const [day = "", part = ""] = time.split("-");
    return t("weekPart", { day: t(`days.${day}` as "days.mon"), part: t(`parts.${part}` as "parts.morning") });
  });
  const days = dates.map((d) => formatDate(Temporal.PlainDate.from(d)));
  return [...parts, ...days].join(", ") || (await getTranslations("matching"))("anyTime");
}
