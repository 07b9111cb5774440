import { formatDayTime, londonToInstant, parseDateInput, Temporal, type DatePart } from "@lgp/time";
import { BackLink, Body, Button, DateInput, ErrorSummary, Heading, Radios, TextInput, type FieldError } from "@lgp/ui";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormCheckboxes } from "~/features/forms/action-form";
import { requireRole } from "~/server/access";
import { requireModule } from "~/server/module-gate";
import { api } from "~/server/api";
import { formTitles, titled } from "~/server/page-title";
import { bookSeries } from "./actions";
import { digits } from "./words";

export const generateMetadata = () => titled("booking.series");

type Asked = Partial<Record<"bookable" | "start-day" | "start-month" | "start-year" | "time" | "weeks", string>>;

/** The plan staff asked for by a GET form, or what is wrong with it, each beside its field. */
function readPlan(asked: Asked, choices: number[]): { ok: true; bookableId: number; firstStart: string; weeks: number } | { ok: false; errors: FieldError[]; dateFields: DatePart[] } {
  const errors: FieldError[] = [];
  let dateFields: DatePart[] = [];
  const bookableId = Number(asked.bookable);
  if (!choices.includes(bookableId)) errors.push({ field: "bookable", message: "Choose what the sessions are booked in" });
  const date = parseDateInput({ day: asked["start-day"] ?? "", month: asked["start-month"] ?? "", year: asked["start-year"] ?? "" }, { name: "the date of the first session", when: "today-or-future" });
  if (!date.ok) {
    errors.push({ field: "start", message: date.message });
    dateFields = date.fields;
  }
  const time = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(asked.time?.trim() ?? "");
  if (!time) errors.push({ field: "time", message: "Enter a time like 10:00 or 14:30" });
  const weeks = Number(asked.weeks);
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 52) errors.push({ field: "weeks", message: "Enter how many weeks, from 1 to 52" });
  if (errors.length > 0 || !date.ok || !time) return { ok: false, errors, dateFields };
  const firstStart = londonToInstant(date.date, Temporal.PlainTime.from({ hour: Number(time[1]), minute: Number(time[2]) }));
  return { ok: true, bookableId, firstStart: firstStart.toString(), weeks };
}

/**
 * From an accepted match, staff book one session or a weekly series: first what, when and how many
 * weeks (a GET form), then every week checked, those that cannot be had named with why and the nearest
 * free times; only the weeks kept are booked, all or none.
 */
export default async function SeriesPage({ params, searchParams }: { params: Promise<{ matchId: string }>; searchParams: Promise<Asked> }) {
  await requireModule("booking");
  await requireRole("council_admin", "council_staff", "safeguarding_lead");
  const matchId = Number(digits((await params).matchId)) || 0;
  const asked = await searchParams;
  const caller = await api();
  const choices = await caller.booking.matchBookables({ matchId });
  const t = await getTranslations("booking.series");
  const common = await getTranslations("common");
  const e = common("errorPrefix");
  const checked = Object.keys(asked).length > 0 ? readPlan(asked, choices.map((b) => b.id)) : null;
  const errors = checked && !checked.ok ? checked.errors : [];
  const errorOf = (field: string) => errors.find((x) => x.field === field)?.message;
  const plan = checked?.ok ? await caller.booking.planSeries({ matchId, bookableId: checked.bookableId, firstStart: checked.firstStart, weeks: checked.weeks }) : null;
  return (
    <>
      <BackLink href={`/matches/${matchId}`}>{t("back")}</BackLink>
      <ErrorSummary title={common("errorSummaryTitle")} errors={errors} />
      <Heading>{t("title")}</Heading>
      {choices.length === 0 ? (
        <Body>{t("nothing")}</Body>
      ) : (
        <form method="get" noValidate>
          <Radios name="bookable" legend={t("bookable")} errorPrefix={e} error={errorOf("bookable")} value={asked.bookable} items={choices.map((b) => ({ value: String(b.id), label: b.name, hint: b.location }))} />
          <DateInput
            id="start"
            legend={t("start")}
            hint={t("startHint")}
            errorPrefix={e}
            error={errorOf("start")}
            errorFields={checked && !checked.ok ? checked.dateFields : undefined}
            labels={{ day: common("dateParts.day"), month: common("dateParts.month"), year: common("dateParts.year") }}
            values={{ day: asked["start-day"] ?? "", month: asked["start-month"] ?? "", year: asked["start-year"] ?? "" }}
          />
          <TextInput id="time" label={t("time")} hint={t("timeHint")} errorPrefix={e} error={errorOf("time")} width="10" defaultValue={asked.time ?? ""} />
          <TextInput id="weeks" label={t("weeks")} hint={t("weeksHint")} errorPrefix={e} error={errorOf("weeks")} width="10" defaultValue={asked.weeks ?? "1"} />
          <Button variant={plan ? "secondary" : "primary"}>{t("check")}</Button>
        </form>
      )}
      {plan && checked?.ok ? (
        <ActionForm action={bookSeries} {...await formTitles(t("title"))}>
          <Heading level={2}>{t("planTitle")}</Heading>
          <input type="hidden" name="matchId" value={matchId} />
          <input type="hidden" name="bookableId" value={checked.bookableId} />
          <input type="hidden" name="idempotencyKey" value={randomUUID()} />
          {plan.some((o) => !o.free) ? (
            <ul className="mb-6 list-disc pl-6 text-lg" data-testid="not-free">
              {plan
                .filter((o) => !o.free)
                .map((o) => (
                  <li key={o.startsAt} className="mb-2">
                    {t("notFree", { when: formatDayTime(new Date(o.startsAt)), reason: o.reason ?? "" })}
                    {o.nearest.length > 0 ? ` ${t("nearest", { times: o.nearest.map((n) => formatDayTime(new Date(n))).join(", ") })}` : ""}
                  </li>
                ))}
            </ul>
          ) : null}
          {plan.some((o) => o.free) ? (
            <>
              <FormCheckboxes name="starts" legend={t("keep")} hint={t("keepHint")} errorPrefix={e} values={plan.filter((o) => o.free).map((o) => new Date(o.startsAt).toISOString())} items={plan.filter((o) => o.free).map((o) => ({ value: new Date(o.startsAt).toISOString(), label: formatDayTime(new Date(o.startsAt)) }))} />
              <Button>{t("book")}</Button>
            </>
          ) : (
            <Body>{t("noneFree")}</Body>
          )}
        </ActionForm>
      ) : null}
    </>
  );
}
