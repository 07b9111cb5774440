import { formatDayTime } from "@lgp/time";
import { BackLink, Body, Button, Heading } from "@lgp/ui";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "~/features/forms/action-form";
import { requireSignedIn } from "~/server/access";
import { api } from "~/server/api";
import { formTitles, titled } from "~/server/page-title";
import { rescheduleBooking } from "./actions";
import { TimeChoices } from "./time-choices";
import { digits } from "./words";
import { WeekLinks } from "./week-links";

export const generateMetadata = () => titled("booking.change");

/** A week of the bookable's free times to move a booking to; it stays where it is until the new one is secured. */
export default async function ChangePage({ params, searchParams }: { params: Promise<{ bookingId: string }>; searchParams: Promise<{ from?: string }> }) {
  await requireSignedIn();
  const caller = await api();
  const booking = await caller.booking.details({ bookingId: Number(digits((await params).bookingId)) || 0 });
  const from = (await searchParams).from;
  const week = await caller.booking.times({ bookableId: booking.bookableId, from: from && /^\d{4}-\d{2}-\d{2}$/.test(from) ? from : undefined });
  const t = await getTranslations("booking.change");
  return (
    <>
      <BackLink href={`/bookings/${booking.id}`}>{booking.reference}</BackLink>
      <Heading caption={booking.bookable.name}>{t("title")}</Heading>
      <Body>{t("body", { when: formatDayTime(booking.startsAt) })}</Body>
      <WeekLinks from={week.from} days={week.days.length} path={`/bookings/${booking.id}/change`} />
      <ActionForm action={rescheduleBooking} {...await formTitles(t("title"))}>
        <input type="hidden" name="bookingId" value={booking.id} />
        <input type="hidden" name="idempotencyKey" value={randomUUID()} />
        <TimeChoices days={week.days} capacity={1} />
        <Button>{t("continue")}</Button>
      </ActionForm>
    </>
  );
}
