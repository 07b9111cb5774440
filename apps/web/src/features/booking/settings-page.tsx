import { Body, Button, Heading, Link } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormTextInput } from "~/features/forms/action-form";
import { requireRole } from "~/server/access";
import { api } from "~/server/api";
import { formTitles, titled } from "~/server/page-title";
import { saveBookingSettings } from "./actions";

export const generateMetadata = () => titled("booking.settings");

/** The council's booking settings: how long a hold lasts and when reminders go; its bank holidays follow its nation. */
export default async function BookingSettingsPage() {
  await requireRole("council_admin");
  const settings = await (await api()).booking.settings();
  const t = await getTranslations("booking.settings");
  const e = (await getTranslations("common"))("errorPrefix");
  return (
    <>
      <Heading>{t("title")}</Heading>
      <ActionForm action={saveBookingSettings} {...await formTitles(t("title"))}>
        <FormTextInput id="holdMinutes" label={t("holdMinutes")} hint={t("holdMinutesHint")} errorPrefix={e} width="10" defaultValue={String(settings.holdMinutes)} />
        <FormTextInput id="reminderHours" label={t("reminderHours")} hint={t("reminderHoursHint")} errorPrefix={e} width="10" defaultValue={String(settings.reminderHours)} />
        <Button>{t("save")}</Button>
      </ActionForm>
      <Body>
        {t.rich("holidays", { link: (chunks) => <Link href="/admin/branding">{chunks}</Link> })}
      </Body>
      <Body>{t("holidaySource")}</Body>
    </>
  );
}
