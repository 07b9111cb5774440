import { councilSchema } from "@lgp/db";
import { formatDate } from "@lgp/time";
import { Body, Button, Heading, Link, Select, Table, Tag } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/access";
import { api } from "~/server/api";
import { titled } from "~/server/page-title";
import { needWords, STATUS_COLOURS } from "./choices";

export const generateMetadata = () => titled("needs.staff");

type Status = councilSchema.NeedStatus;
const isStatus = (value: string | undefined): value is Status => (councilSchema.needStatus as readonly string[]).includes(value ?? "");

/** The council's requests for help, for its staff: filtered by status and kind of help (a GET form), with how many there are in each status. */
export default async function StaffNeedsPage({ searchParams }: { searchParams: Promise<{ status?: string; category?: string }> }) {
  await requireRole("council_admin", "council_staff", "safeguarding_lead");
  const given = await searchParams;
  const status = isStatus(given.status) ? given.status : undefined;
  const category = given.category || undefined;
  const caller = await api();
  const [{ needs, counts }, categories] = await Promise.all([caller.match.staffNeeds({ status, category }), caller.match.categories()]);
  const t = await getTranslations("needs.staff");
  const list = await getTranslations("needs.list");
  const words = await needWords();
  const e = (await getTranslations("common"))("errorPrefix");
  return (
    <>
      <Heading>{t("title")}</Heading>
      <p className="mb-8 text-lg">
        <Link href="/staff/needs/new">{t("new")}</Link>
      </p>
      <form method="get" className="mb-8" role="search" aria-label={t("filter")}>
        <Heading level={2}>{t("filter")}</Heading>
        <div className="flex flex-wrap gap-x-6">
          <Select id="status" label={t("statusFilter")} errorPrefix={e} defaultValue={status ?? ""} options={[{ value: "", label: t("any") }, ...councilSchema.needStatus.map((s) => ({ value: s, label: words.status(s) }))]} />
          <Select id="category" label={t("categoryFilter")} errorPrefix={e} defaultValue={category ?? ""} options={[{ value: "", label: t("any") }, ...categories.map((c) => ({ value: c.slug, label: c.name }))]} />
        </div>
        <Button variant="secondary">{t("apply")}</Button>
      </form>
      <Table
        caption={t("counts")}
        captionSize="s"
        testId="need-counts"
        firstCellIsHeader
        columns={[{ label: list("status") }, { label: t("count"), numeric: true }]}
        rows={councilSchema.needStatus.map((s) => ({ key: s, cells: [words.status(s), counts[s] ?? 0] }))}
      />
      {needs.length === 0 ? (
        <Body>{t("none")}</Body>
      ) : (
        <Table
          caption={t("caption")}
          testId="staff-needs"
          firstCellIsHeader
          columns={[{ label: list("reference"), wrap: "nowrap" }, { label: list("category") }, { label: list("asked"), wrap: "nowrap" }, { label: list("status") }]}
          rows={needs.map((n) => ({
            key: n.id,
            cells: [
              <Link key="ref" href={`/staff/needs/${n.reference}`}>
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
    </>
  );
}
