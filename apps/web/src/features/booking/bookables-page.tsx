import { Body, Heading, Link, Table } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { api } from "~/server/api";
import { titled } from "~/server/page-title";

export const generateMetadata = () => titled("booking.list");

/** What residents can book: open to anyone, signed in or not. */
export default async function BookablesPage() {
  const bookables = await (await api()).booking.bookables();
  const t = await getTranslations("booking.list");
  const kinds = await getTranslations("booking.kinds");
  return (
    <>
      <Heading>{t("title")}</Heading>
      {bookables.length === 0 ? (
        <Body>{t("none")}</Body>
      ) : (
        <>
          <Body lead>{t("intro")}</Body>
          <Table
            caption={t("caption")}
            captionSize="hidden"
            testId="bookables"
            firstCellIsHeader
            columns={[{ label: t("name") }, { label: t("kind") }, { label: t("where") }, { label: t("length"), wrap: "nowrap" }]}
            rows={bookables.map((b) => ({
              key: b.id,
              cells: [
                <Link key="name" href={`/book/${b.id}`}>
                  {b.name}
                </Link>,
                kinds(b.kind),
                b.location,
                t("duration", { minutes: b.durationMinutes }),
              ],
            }))}
          />
        </>
      )}
    </>
  );
}
