import { Body, Button, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormTextInput } from "~/features/forms/action-form";
import { api, currentCouncil } from "~/server/api";
import { formTitles, titled } from "~/server/page-title";
import { saveMatchSettings } from "./matching-actions";

export const generateMetadata = () => titled("matchingSettings");

const WEIGHTS = ["distance", "availability", "continuity", "fairLoad", "language"] as const;
const GATES = ["category", "vetting", "area", "availability", "capacity", "status", "preferences"] as const;

/** How the council ranks eligible helpers for a need (each weight 0 to 10), and how long a need waits before it expires. */
export default async function MatchingSettingsPage() {
  const council = await currentCouncil();
  const settings = await (await api()).match.matchSettings();
  const t = await getTranslations("matchingSettings");
  const form = await formTitles(t("title"));
  const e = (await getTranslations("common"))("errorPrefix");
  return (
    <>
      <Heading caption={council.name}>{t("title")}</Heading>
      <Body>{t("intro")}</Body>
      <ul className="mb-6 list-disc pl-5 text-base sm:text-lg" data-testid="gates">
        {GATES.map((gate) => (
          <li key={gate}>{t(`gates.${gate}`)}</li>
        ))}
      </ul>
      <Body>{t("scoreIntro")}</Body>
      <ActionForm action={saveMatchSettings} {...form}>
        <Heading level={2}>{t("weightsHeading")}</Heading>
        <Body>{t("weightsIntro")}</Body>
        {WEIGHTS.map((weight) => (
          <FormTextInput key={weight} id={weight} label={t(`${weight}.label`)} hint={t(`${weight}.hint`)} errorPrefix={e} width="10" defaultValue={String(settings[weight])} />
        ))}
        <Heading level={2}>{t("expiryHeading")}</Heading>
        <FormTextInput id="needExpiryDays" label={t("needExpiryDays.label")} hint={t("needExpiryDays.hint")} errorPrefix={e} width="10" defaultValue={String(settings.needExpiryDays)} />
        <Button>{t("save")}</Button>
      </ActionForm>
    </>
  );
}
