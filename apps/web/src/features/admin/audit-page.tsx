import { formatDateTime } from "@lgp/time";
import { Body, Button, Heading, Link, Table, TextInput } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { api, currentCouncil } from "~/server/api";
import { showActor, showAddress } from "~/server/display";
import { titled } from "~/server/page-title";

export const generateMetadata = () => titled("admin.audit");

/** The council's audit log, newest first, filtered by a plain GET form. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<{ actor?: string; action?: string; page?: string }> }) {
  const council = await currentCouncil();
  const query = await searchParams;
  const page = Math.max(1, Number(query.page) || 1);
  const { rows, more } = await (await api()).admin.audit({ actor: query.actor, action: query.action, page });
  const t = await getTranslations("admin.audit");
  const actors = await getTranslations("actors");
  const e = (await getTranslations("common"))("errorPrefix");
  const next = new URLSearchParams({ ...(query.actor ? { actor: query.actor } : {}), ...(query.action ? { action: query.action } : {}), page: String(page + 1) });
  return (
    <>
      <Heading caption={council.name}>{t("title")}</Heading>
      <form method="get" className="mb-6">
        <TextInput id="actor" label={t("actor")} hint={t("actorHint")} errorPrefix={e} defaultValue={query.actor} width="20" />
        <TextInput id="action" label={t("action")} hint={t("actionHint")} errorPrefix={e} defaultValue={query.action} width="20" />
        <Button variant="secondary">{t("filter")}</Button>
      </form>
      {rows.length === 0 ? (
        <Body>{t("none")}</Body>
      ) : (
        <Table
          caption={t("title")}
          captionSize="hidden"
          testId="audit-log"
          columns={[
            { label: t("columns.when"), wrap: "nowrap" },
            { label: t("columns.who"), wrap: "anywhere" },
            { label: t("columns.what") },
            { label: t("columns.subject") },
            { label: t("columns.where") },
          ]}
          rows={rows.map((r) => ({ key: r.id, cells: [formatDateTime(r.at), showActor(r.actor, actors), r.action, r.subject ?? "", showAddress(r.ip)] }))}
        />
      )}
      {more ? (
        <Body>
          <Link href={`/admin/audit?${next}`}>{t("older")}</Link>
        </Body>
      ) : null}
    </>
  );
}
