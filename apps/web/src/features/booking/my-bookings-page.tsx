import { formatDayTime } from "@lgp/time";
import { Body, Heading, Link, NotificationBanner, StartButton, Table, Tag } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { requireSignedIn } from "~/server/access";
import { api } from "~/server/api";
import { titled } from "~/server/page-title";
import { STATUS_COLOURS } from "./words";

export const generateMetadata = () => titled("booking.mine");

/** The signed-in person's bookings, newest first, each with where it stands. */
export default async function MyBookingsPage({ searchParams }: { searchParams: Promise<{ waiting?: string }> }) {
  await requireSignedIn();
  const bookings = await (await api()).booking.mine();
  const waiting = Number((await searchParams).waiting) || 0;
  const t = await getTranslations("booking.mine");
  const status = await getTranslations("booking.status");
  const wait = await getTranslations("booking.wait");
  return (
    <>
      {waiting > 0 ? <NotificationBanner variant="success" title={(await getTranslations("common"))("success")} heading={wait("joinedTitle")}>{wait("joinedBody", { position: waiting })}</NotificationBanner> : null}
      <Heading>{t("title")}</Heading>
      {bookings.length === 0 ? (
        <Body>{t("none")}</Body>
      ) : (
        <Table
          caption={t("caption")}
          captionSize="hidden"
          testId="my-bookings"
          firstCellIsHeader
          columns={[{ label: t("when") }, { label: t("what") }, { label: t("reference"), wrap: "nowrap" }, { label: t("status") }]}
          rows={bookings.map((b) => ({
            key: b.id,
            cells: [
              formatDayTime(b.startsAt),
              b.bookable.name,
              <Link key="ref" href={`/bookings/${b.id}`}>
                {b.reference}
              </Link>,
              <Tag key="status" colour={STATUS_COLOURS[b.status] ?? "grey"}>
                {status(b.status)}
              </Tag>,
            ],
          }))}
        />
      )}
      <p className="mb-8 text-lg">
        <Link href="/bookings/calendar">{t("calendarFeed")}</Link>
      </p>
      <StartButton href="/book">{t("book")}</StartButton>
    </>
  );
}
