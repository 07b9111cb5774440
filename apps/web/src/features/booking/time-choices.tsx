import { formatDay, formatTime, Temporal } from "@lgp/time";
import { Body, Heading, Link } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { FormRadios } from "~/features/forms/action-form";
import { timeSpan } from "./words";

interface Day {
  date: string;
  free: { start: number; end: number; placesLeft: number }[];
  full: { start: number; end: number }[];
}

/**
 * A week of times as GOV.UK radios, a group per day under the day's name, all posting `startsAt`; the
 * first day with times carries the field's id and its error. Full times are listed after, each with a
 * link to join its waiting list (`waitHref`), or without one where waiting makes no sense.
 */
export async function TimeChoices({ days, capacity, waitHref }: { days: Day[]; capacity: number; waitHref?: (start: number) => string }) {
  const t = await getTranslations("booking.times");
  const e = (await getTranslations("common"))("errorPrefix");
  const first = days.find((d) => d.free.length > 0)?.date;
  return (
    <div id="times">
      {await Promise.all(days.map(async (day) => (
        <div key={day.date} data-testid={`day-${day.date}`}>
          {day.free.length > 0 ? (
            <FormRadios
              name="startsAt"
              id={day.date === first ? "startsAt" : `startsAt-${day.date}`}
              errorShown={day.date === first}
              legend={formatDay(Temporal.PlainDate.from(day.date))}
              errorPrefix={e}
              items={await Promise.all(
                day.free.map(async (slot) => ({
                  value: new Date(slot.start).toISOString(),
                  label: await timeSpan(slot.start, slot.end),
                  hint: capacity > 1 ? t("placesLeft", { count: slot.placesLeft }) : undefined,
                })),
              )}
            />
          ) : (
            <>
              <Heading level={3}>{formatDay(Temporal.PlainDate.from(day.date))}</Heading>
              <Body>{t("noTimes")}</Body>
            </>
          )}
          {day.full.length > 0 ? (
            <ul className="mb-6 list-none text-lg">
              {day.full.map((slot) => (
                <li key={slot.start} className="mb-2">
                  {t("full")}: {formatTime(new Date(slot.start))}
                  {waitHref ? (
                    <>
                      {" – "}
                      <Link href={waitHref(slot.start)}>{t("wait", { time: formatTime(new Date(slot.start)) })}</Link>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      )))}
    </div>
  );
}

