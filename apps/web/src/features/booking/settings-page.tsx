import { DIVISION_NAMES, DIVISIONS } from "@lgp/booking";
import { Body, Button, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormRadios, FormTextInput } from "~/features/forms/action-form";
import { requireRole } from "~/server/access";
import { api } from "~/server/api";
import { formTitles, titled } from "~/server/page-title";
import { saveBookingSettings } from "./actions";

export const generateMetadata = () => titled("booking.settings");

/** The council's booking settings: its bank holidays, how long a hold lasts, when reminders go. */
export default async function BookingSettingsPage() {
  await requireRole("council_admin");
  const settings = await (await api()).booking.settings();
  const t = await getTranslations("booking.settings");
  const e = (await getTranslations("common"))("errorPrefix");
  return (
    <>
      <Heading>{t("title")}</Heading>
      <ActionForm action={saveBookingSettings} {...await formTitles(t("title"))}>
        <FormRadios name="division" legend={t("division")} hint={t("divisionHint")} errorPrefix={e} value={settings.division} items={DIVISIONS.map((d) => ({ value: d, label: DIVISION_NAMES[d] }))} />
        <FormTextInput id="holdMinutes" label={t("holdMinutes")} hint={t("holdMinutesHint")} errorPrefix={e} width="10" defaultValue={String(settings.holdMinutes)} />
        <FormTextInput id="reminderHours" label={t("reminderHours")} hint={t("reminderHoursHint")} errorPrefix={e} width="10" defaultValue={String(settings.reminderHours)} />
        <Button>{t("save")}</Button>
      </ActionForm>
      <Body>{t("holidaySource")}</Body>
    </>
  );
}
