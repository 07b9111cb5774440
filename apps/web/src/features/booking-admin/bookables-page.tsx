import { Body, Heading, Link, Table, Tag } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { api, currentCouncil } from "~/server/api";
import { titled } from "~/server/page-title";

export const generateMetadata = () => titled("bookableAdmin.list");

/** Everything the council's residents can book, and what has been archived, each linking to its change page. */
export default async function BookablesAdminPage() {
  const council = await currentCouncil();
  const { bookables } = await (await api()).booking.adminBookables();
  const t = await getTranslations("bookableAdmin.list");
  const kinds = await getTranslations("booking.kinds");
  const status = await getTranslations("bookableAdmin.status");
  return (
    <>
      <Heading caption={council.name}>{t("title")}</Heading>
      <Body>{t("intro")}</Body>
      <Body>
        <Link href="/admin/bookables/new">{t("add")}</Link>
      </Body>
      {bookables.length === 0 ? (
        <Body>{t("none")}</Body>
      ) : (
        <Table
          caption={t("caption")}
          captionSize="hidden"
          firstCellIsHeader
          testId="admin-bookables"
          columns={[{ label: t("name") }, { label: t("kind") }, { label: t("where") }, { label: t("status") }]}
          rows={bookables.map((b) => ({
            key: b.id,
            cells: [
              <Link key="name" href={`/admin/bookables/${b.id}`}>
                {b.name}
              </Link>,
              kinds(b.kind),
              b.location,
              <Tag key="status" colour={b.status === "active" ? "green" : "grey"}>
                {status(b.status)}
              </Tag>,
            ],
          }))}
        />
      )}
    </>
  );
}
