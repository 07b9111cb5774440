import { showPounds } from "@lgp/match";
import { getTranslations } from "next-intl/server";

/** "Free", or what it costs and per what: "£12.50 per hour". */
export async function showCost(offer: { costPence: number | null; costUnit: string | null }): Promise<string> {
  const t = await getTranslations("directory");
  return offer.costPence === null ? t("free") : t("cost", { amount: showPounds(offer.costPence), unit: offer.costUnit ?? "" });
}

/** Who offers it, in public words: a volunteer's first name, or an organisation's name and kind. */
export async function showHelper(offer: { helperName: string; organisationKind: string | null }): Promise<string> {
  const t = await getTranslations("directory");
  const kinds = await getTranslations("organisationKinds");
  return `${offer.helperName} (${offer.organisationKind ? kinds(offer.organisationKind) : t("volunteer")})`;
}
