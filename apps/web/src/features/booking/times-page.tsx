import { holdsStaffRole } from "@lgp/identity";
import { formatDay, formatTime, Temporal } from "@lgp/time";
import { BackLink, Body, Button, Heading, Link, StartButton, SummaryList } from "@lgp/ui";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormTextInput } from "~/features/forms/action-form";
import { api } from "~/server/api";
import { formTitles, titled } from "~/server/page-title";
import { currentPerson } from "~/server/session";
import { holdTime } from "./actions";
import { TimeChoices } from "./time-choices";
import { digits } from "./words";
import { WeekLinks } from "./week-links";

export const generateMetadata = () => titled("booking.times");

/**
 * One bookable: what and where it is, and a week of its times to choose from (GET links move the week).
 * Someone signed in holds a time by choosing it; staff may book for a resident by email address.
 */
export default async function TimesPage({ params, searchParams }: { params: Promise<{ bookableId: string }>; searchParams: Promise<{ from?: string }> }) {
  const bookableId = Number(digits((await params).bookableId)) || 0;
  const from = (await searchParams).from;
  const caller = await api();
  const bookable = await caller.booking.bookable({ bookableId });
  const week = await caller.booking.times({ bookableId, from: from && /^\d{4}-\d{2}-\d{2}$/.test(from) ? from : undefined });
  const person = await currentPerson();
  const isStaff = (person ? holdsStaffRole(person.roles) : false);
  const t = await getTranslations("booking.times");
  const list = await getTranslations("booking.list");
  const e = (await getTranslations("common"))("errorPrefix");
  const path = `/book/${bookable.id}`;
  return (
    <>
      <BackLink href="/book">{list("title")}</BackLink>
      <Heading caption={bookable.name}>{t("title")}</Heading>
      {bookable.description ? <Body>{bookable.description}</Body> : null}
      <SummaryList
        rows={[
          { key: t("where"), value: bookable.postcode ? `${bookable.location}, ${bookable.postcode}` : bookable.location },
          { key: t("length"), value: list("duration", { minutes: bookable.durationMinutes }) },
          ...(bookable.capacity > 1 ? [{ key: t("places"), value: list("places", { count: bookable.capacity }) }] : []),
          ...(bookable.accessibility.length > 0 ? [{ key: t("access"), value: bookable.accessibility.join(", ") }] : []),
        ]}
      />
      {bookable.needsApproval ? <Body>{t("approval")}</Body> : null}
      {person && (bookable.kind === "offer" || bookable.kind === "appointment") ? (
        <Body>
          <Link href={`${path}/with-room`}>{t("withRoom")}</Link>
        </Body>
      ) : null}
      <WeekLinks from={week.from} days={week.days.length} path={path} />
      {person ? (
        <ActionForm action={holdTime} {...await formTitles(t("title"))}>
          <input type="hidden" name="bookableId" value={bookable.id} />
          <input type="hidden" name="idempotencyKey" value={randomUUID()} />
          <TimeChoices days={week.days} capacity={bookable.capacity} waitHref={(start) => `${path}/wait?startsAt=${new Date(start).toISOString()}`} />
          {isStaff ? (
            <>
              <Heading level={2}>{t("forResident")}</Heading>
              <FormTextInput id="residentEmail" label={t("residentEmail")} hint={t("residentHint")} errorPrefix={e} type="email" autoComplete="off" />
            </>
          ) : null}
          <Button>{t("continue")}</Button>
        </ActionForm>
      ) : (
        <>
          <TimeChoicesReadOnly days={week.days} />
          <StartButton href={`/sign-in?returnTo=${encodeURIComponent(path)}`}>{t("signIn")}</StartButton>
        </>
      )}
    </>
  );
}

/** Signed out, the times are shown as a list: there is nothing to choose until the person signs in. */
async function TimeChoicesReadOnly({ days }: { days: { date: string; free: { start: number; end: number }[] }[] }) {
  const t = await getTranslations("booking.times");
  return (
    <div id="times">
      {days.map((day) => (
        <section key={day.date}>
          <Heading level={3}>{formatDay(Temporal.PlainDate.from(day.date))}</Heading>
          <Body>{day.free.length > 0 ? day.free.map((s) => formatTime(new Date(s.start))).join(", ") : t("noTimes")}</Body>
        </section>
      ))}
    </div>
  );
}
