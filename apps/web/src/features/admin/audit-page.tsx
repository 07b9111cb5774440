import { formatDateTime } from "@lgp/time";
import { Body, Button, Heading, Link, TextInput } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { api } from "~/server/api";
import { AdminNav } from "./admin-nav";
import { requireCouncilAdmin } from "./guard";

/** The council's audit log, newest first, filtered by a plain GET form. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<{ actor?: string; action?: string; page?: string }> }) {
  const { council } = await requireCouncilAdmin();
  const query = await searchParams;
  const page = Math.max(1, Number(query.page) || 1);
  const { rows, more } = await (await api()).admin.audit({ actor: query.actor, action: query.action, page });
  const t = await getTranslations("admin.audit");
  const e = (await getTranslations("common"))("errorPrefix");
  const next = new URLSearchParams({ ...(query.actor ? { actor: query.actor } : {}), ...(query.action ? { action: query.action } : {}), page: String(page + 1) });
  return (
    <>
      <Heading caption={council.name}>{t("title")}</Heading>
      <AdminNav current="audit" />
      <form method="get" className="mb-6">
        <TextInput id="actor" label={t("actor")} hint={t("actorHint")} errorPrefix={e} defaultValue={query.actor} width="20" />
        <TextInput id="action" label={t("action")} hint={t("actionHint")} errorPrefix={e} defaultValue={query.action} width="20" />
        <Button variant="secondary">{t("filter")}</Button>
      </form>
      {rows.length === 0 ? (
        <Body>{t("none")}</Body>
      ) : (
        <div className="overflow-x-auto">
          <table className="mb-6 w-full border-collapse text-left" data-testid="audit-log">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b-2 border-text">
                {(["when", "who", "what", "subject", "where"] as const).map((c) => (
                  <th key={c} scope="col" className="py-2 pr-4">
                    {t(`columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-border align-top">
                  <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(r.at)}</td>
                  <td className="py-2 pr-4">{r.actor}</td>
                  <td className="py-2 pr-4">{r.action}</td>
                  <td className="py-2 pr-4">{r.subject ?? ""}</td>
                  <td className="py-2 pr-4">{r.ip ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {more ? (
        <Body>
          <Link href={`/admin/audit?${next}`}>{t("older")}</Link>
        </Body>
      ) : null}
    </>
  );
}
