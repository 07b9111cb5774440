import type { Bookable } from "@lgp/booking";
import { formatDay, formatTime, londonToInstant, Temporal } from "@lgp/time";
import { Body, Button, Heading, Table } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormCheckboxes, FormDateInput, FormTextInput } from "~/features/forms/action-form";
import { formTitles } from "~/server/page-title";
import { removeDateHours, setDateHours } from "./actions";

/** A bookable's dates with their own hours, each with a button to remove it, and the form to give a date its own. */
export async function DateHours({ bookable }: { bookable: Bookable }) {
  const t = await getTranslations("bookableAdmin.dates");
  const times = await getTranslations("booking.times");
  const common = await getTranslations("common");
  const e = common("errorPrefix");
  const form = await formTitles((await getTranslations("bookableAdmin.change"))("title"));
  const at = (date: Temporal.PlainDate, time: string) => formatTime(londonToInstant(date, Temporal.PlainTime.from(time)));
  const hoursOn = (date: Temporal.PlainDate, hours: Bookable["overrides"][number]["hours"]) =>
    hours.length === 0 ? t("closedAllDay") : hours.map((h) => times("timeLabel", { from: at(date, h.opens), to: at(date, h.closes) })).join(", ");
  return (
    <>
      <Heading level={2}>{t("heading")}</Heading>
      <Body>{t("intro")}</Body>
      <ActionForm action={removeDateHours} {...form}>
        <input type="hidden" name="bookableId" value={bookable.id} />
        <div id="own-hours">
          {bookable.overrides.length === 0 ? (
            <Body>{t("none")}</Body>
          ) : (
            <Table
              caption={t("heading")}
              captionSize="hidden"
              firstCellIsHeader
              testId="own-hours"
              columns={[{ label: t("date"), wrap: "nowrap" }, { label: t("hours") }, { label: t("actions") }]}
              rows={bookable.overrides.map((o) => {
                const date = Temporal.PlainDate.from(o.date);
                return {
                  key: o.date,
                  cells: [
                    formatDay(date),
                    hoursOn(date, o.hours),
                    <Button key="remove" variant="secondary" name="date" value={o.date}>
                      {t("remove")}
                      <span className="sr-only"> {formatDay(date)}</span>
                    </Button>,
                  ],
                };
              })}
            />
          )}
        </div>
      </ActionForm>

      <Heading level={3}>{t("addHeading")}</Heading>
      <ActionForm action={setDateHours} {...form}>
        <input type="hidden" name="bookableId" value={bookable.id} />
        <FormDateInput id="date" legend={t("dateLegend")} hint={t("dateHint")} errorPrefix={e} labels={{ day: common("dateParts.day"), month: common("dateParts.month"), year: common("dateParts.year") }} />
        <div className="flex flex-wrap gap-x-6">
          <FormTextInput id="opens" label={t("opens")} hint={t("timeHint")} errorPrefix={e} width="10" />
          <FormTextInput id="closes" label={t("closes")} hint={t("timeHint")} errorPrefix={e} width="10" />
        </div>
        <FormCheckboxes name="closed" legend={t("closedLegend")} errorPrefix={e} items={[{ value: "on", label: t("closed") }]} />
        <Button>{t("add")}</Button>
      </ActionForm>
    </>
  );
}
