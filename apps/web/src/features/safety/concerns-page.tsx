import { Body, Heading, Link, Table, Tag } from "@lgp/ui";
import { formatDate } from "@lgp/time";
import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/access";
import { api } from "~/server/api";
import { titled } from "~/server/page-title";

export const generateMetadata = () => titled("safety.queue");

/** The council's safeguarding queue: open concerns longest waiting first, or those closed. Safeguarding leads only. */
export default async function ConcernsPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  await requireRole("safeguarding_lead");
  const status = (await searchParams).status === "closed" ? "closed" : "open";
  const concerns = await (await api()).match.concerns({ status });
  const t = await getTranslations("safety.queue");
  const other = status === "open" ? "closed" : "open";
  return (
    <>
      <Heading>{t("title")}</Heading>
      <Body>{t("intro")}</Body>
      <Body>
        <Link href={other === "open" ? "/staff/concerns" : "/staff/concerns?status=closed"}>{t(other)}</Link>
      </Body>
      {concerns.length === 0 ? (
        <>
          <Heading level={2}>{t(status)}</Heading>
          <Body>{status === "open" ? t("noneOpen") : t("noneClosed")}</Body>
        </>
      ) : (
        <Table
          caption={t(status)}
          firstCellIsHeader
          testId="concerns"
          columns={[
            { label: t("columns.reference"), wrap: "nowrap" },
            { label: t("columns.raised"), wrap: "nowrap" },
            { label: t("columns.helper") },
            { label: t("columns.request"), wrap: "nowrap" },
            ...(status === "closed" ? [{ label: t("columns.closed"), wrap: "nowrap" as const }] : []),
          ]}
          rows={concerns.map((c) => ({
            key: c.reference,
            cells: [
              <Link key="reference" href={`/staff/concerns/${c.reference}`}>
                {c.reference}
              </Link>,
              formatDate(c.raisedAt),
              <span key="helper">
                {c.helperName}{" "}
                {c.helperPaused ? (
                  <Tag colour="red">
                    {t("paused")}
                  </Tag>
                ) : null}
              </span>,
              `${c.needReference} (${c.categoryName})`,
              ...(status === "closed" && c.closedAt ? [formatDate(c.closedAt)] : []),
            ],
          }))}
        />
      )}
    </>
  );
}
