import { Body, Heading, Link, StartButton, Table, Tag } from "@lgp/ui";
import { formatDate } from "@lgp/time";
import { getTranslations } from "next-intl/server";
import { requireSignedIn } from "~/server/access";
import { api } from "~/server/api";
import { titled } from "~/server/page-title";
import { needWords, STATUS_COLOURS } from "./choices";
import { ASK } from "./paths";

export const generateMetadata = () => titled("needs.list");

/** The signed-in resident's requests for help, newest first, each with where it stands. */
export default async function RequestsPage() {
  await requireSignedIn();
  const needs = await (await api()).match.myNeeds();
  const t = await getTranslations("needs.list");
  const words = await needWords();
  return (
    <>
      <Heading>{t("title")}</Heading>
      {needs.length === 0 ? (
        <Body>{t("none")}</Body>
      ) : (
        <Table
          caption={t("caption")}
          captionSize="hidden"
          testId="my-needs"
          firstCellIsHeader
          columns={[{ label: t("reference"), wrap: "nowrap" }, { label: t("category") }, { label: t("asked"), wrap: "nowrap" }, { label: t("status") }]}
          rows={needs.map((n) => ({
            key: n.id,
            cells: [
              <Link key="ref" href={`/requests/${n.reference}`}>
                {n.reference}
              </Link>,
              n.categoryName,
              formatDate(n.createdAt),
              <Tag key="status" colour={STATUS_COLOURS[n.status]}>
                {words.status(n.status)}
              </Tag>,
            ],
          }))}
        />
      )}
      <StartButton href={ASK}>{t("ask")}</StartButton>
    </>
  );
}
