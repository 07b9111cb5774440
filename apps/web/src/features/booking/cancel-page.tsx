import { formatDayTime } from "@lgp/time";
import { BackLink, Body, Button, Heading, Link } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "~/features/forms/action-form";
import { requireSignedIn } from "~/server/access";
import { api } from "~/server/api";
import { formTitles, titled } from "~/server/page-title";
import { cancelBooking } from "./actions";
import { digits } from "./words";

export const generateMetadata = () => titled("booking.cancel");

/** GOV.UK's "are you sure" before something that cannot be undone. */
export default async function CancelPage({ params }: { params: Promise<{ bookingId: string }> }) {
  await requireSignedIn();
  const booking = await (await api()).booking.details({ bookingId: Number(digits((await params).bookingId)) || 0 });
  const t = await getTranslations("booking.cancel");
  return (
    <>
      <BackLink href={`/bookings/${booking.id}`}>{t("keep")}</BackLink>
      <Heading>{t("title")}</Heading>
      <Body>{t("body", { what: booking.bookable.name, when: formatDayTime(booking.startsAt) })}</Body>
      <ActionForm action={cancelBooking} {...await formTitles(t("title"))}>
        <input type="hidden" name="bookingId" value={booking.id} />
        <div id="cancel" className="flex flex-wrap items-baseline gap-x-6">
          <Button variant="warning">{t("button")}</Button>
          <Link href={`/bookings/${booking.id}`}>{t("keep")}</Link>
        </div>
      </ActionForm>
    </>
  );
}
