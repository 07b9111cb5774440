import { BackLink, Body, Button, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "~/features/forms/action-form";
import { requireSignedIn } from "~/server/access";
import { formTitles, titled } from "~/server/page-title";
import { makeCalendarFeed, revokeCalendarFeed } from "./actions";

export const generateMetadata = () => titled("booking.calendarFeed");

/** A private address for the person's calendar program: made (shown once), replaced, or stopped. */
export default async function CalendarFeedPage() {
  await requireSignedIn();
  const t = await getTranslations("booking.calendarFeed");
  const titles = await formTitles(t("title"));
  return (
    <>
      <BackLink href="/bookings">{(await getTranslations("booking.mine"))("title")}</BackLink>
      <Heading>{t("title")}</Heading>
      <Body>{t("body")}</Body>
      <ActionForm action={makeCalendarFeed} idPrefix="make-" {...titles}>
        <div id="make-feed">
          <Button>{t("create")}</Button>
        </div>
      </ActionForm>
      <ActionForm action={revokeCalendarFeed} idPrefix="revoke-" {...titles}>
        <div id="revoke-feed">
          <Button variant="warning">{t("revoke")}</Button>
        </div>
      </ActionForm>
    </>
  );
}
