import { formatDayTime, formatTime } from "@lgp/time";
import { BackLink, Body, Button, Heading, Link, NotificationBanner, SummaryList, Tag } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "~/features/forms/action-form";
import { requireSignedIn } from "~/server/access";
import { api } from "~/server/api";
import { formTitles, titled } from "~/server/page-title";
import { confirmBooking } from "./actions";
import { digits, STATUS_COLOURS, timeSpan } from "./words";

export const generateMetadata = () => titled("booking.booking");

/**
 * One booking, for its person or staff: what, where and when. A held time waits here to be confirmed;
 * a booking kept can be changed, cancelled or added to a calendar.
 */
export default async function BookingPage({ params, searchParams }: { params: Promise<{ bookingId: string }>; searchParams: Promise<{ done?: string; cancelled?: string }> }) {
  await requireSignedIn();
  const booking = await (await api()).booking.details({ bookingId: Number(digits((await params).bookingId)) || 0 });
  const { done, cancelled } = await searchParams;
  const t = await getTranslations("booking.booking");
  const status = await getTranslations("booking.status");
  const kept = booking.status === "confirmed" || booking.status === "pending";
  return (
    <>
      <BackLink href="/bookings">{t("back")}</BackLink>
      {done && kept ? (
        <NotificationBanner
          variant="success"
          title={(await getTranslations("common"))("success")}
          heading={booking.status === "confirmed" ? t("confirmedTitle") : t("pendingTitle")}
        >
          {booking.status === "confirmed" ? t("confirmedBody", { reference: booking.reference }) : t("pendingBody", { reference: booking.reference })}
        </NotificationBanner>
      ) : null}
      {cancelled && booking.status === "cancelled" ? <NotificationBanner variant="success" title={(await getTranslations("common"))("success")} heading={(await getTranslations("booking.cancel"))("done")} /> : null}
      <Heading caption={t("caption", { reference: booking.reference })}>{booking.bookable.name}</Heading>
      <Body>
        <Tag colour={STATUS_COLOURS[booking.status] ?? "grey"}>{status(booking.status)}</Tag>
      </Body>
      <SummaryList
        rows={[
          { key: t("when"), value: `${formatDayTime(booking.startsAt)} (${await timeSpan(booking.startsAt, booking.endsAt)})` },
          { key: t("where"), value: booking.bookable.postcode ? `${booking.bookable.location}, ${booking.bookable.postcode}` : booking.bookable.location },
          { key: t("reference"), value: booking.reference },
          { key: t("for"), value: booking.person.name ? `${booking.person.name} (${booking.person.email})` : booking.person.email },
          ...(booking.partner ? [{ key: t("together"), value: `${booking.partner.bookable.name}, ${booking.partner.bookable.location} (${booking.partner.reference})` }] : []),
        ]}
      />
      {booking.status === "held" && booking.holdExpiresAt ? (
        <ActionForm action={confirmBooking} {...await formTitles(t("title"))}>
          <Body>{t("heldUntil", { time: formatTime(booking.holdExpiresAt) })}</Body>
          <input type="hidden" name="bookingId" value={booking.id} />
          <div id="confirm">
            <Button>{t("confirm")}</Button>
          </div>
        </ActionForm>
      ) : null}
      {kept ? (
        <ul className="mb-6 list-none text-lg">
          <li className="mb-2">
            <Link href={`/bookings/${booking.id}/calendar.ics`}>{t("calendar")}</Link>
          </li>
          <li className="mb-2">
            <Link href={`/bookings/${booking.id}/change`}>{t("change")}</Link>
          </li>
          <li className="mb-2">
            <Link href={`/bookings/${booking.id}/cancel`}>{t("cancel")}</Link>
          </li>
        </ul>
      ) : null}
    </>
  );
}
