import { formatDateTime } from "@lgp/time";
import { Body, Button, Heading, Link, NotificationBanner } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { api } from "~/server/api";
import { changeCouncil } from "./actions";
import { titled } from "~/server/page-title";

export const generateMetadata = () => titled("operator");

export default async function OperatorConsole({ searchParams }: { searchParams: Promise<{ archived?: string; suspended?: string; resumed?: string }> }) {
  const caller = await api();
  const [councils, archives] = await Promise.all([caller.operator.councils(), caller.operator.archives()]);
  const { archived, suspended, resumed } = await searchParams;
  const t = await getTranslations("operator");
  // Named only while it is still so: a reloaded or bookmarked address must not announce what is no longer true.
  const nameIf = (slug: string | undefined, status: string) => councils.find((c) => c.slug === slug && c.status === status)?.name;
  const [suspendedName, resumedName] = [nameIf(suspended, "suspended"), nameIf(resumed, "active")];
  const done = archived
    ? t("archivedNotice", { file: archived })
    : suspendedName
      ? t("suspendedNotice", { name: suspendedName })
      : resumedName
        ? t("resumedNotice", { name: resumedName })
        : null;
  return (
    <>
      <Heading>{t("title")}</Heading>
      {done ? <NotificationBanner variant="success" title={(await getTranslations("common"))("success")} heading={done} /> : null}
      <Heading level={2}>{t("councilsHeading")}</Heading>
      <div className="overflow-x-auto">
        <table className="mb-8 w-full border-collapse text-left">
          <caption className="sr-only">{t("councilsHeading")}</caption>
          <thead>
            <tr className="border-b-2 border-text">
              {(["council", "status", "hosts", "people", "version", "actions"] as const).map((c) => (
                <th key={c} scope="col" className="py-2 pr-4">
                  {t(`columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {councils.map((c) => (
              <tr key={c.slug} className="border-b border-border align-top" data-testid={`council-${c.slug}`}>
                <th scope="row" className="py-2 pr-4 font-normal">
                  <span className="font-bold">{c.name}</span>
                  <br />
                  {c.slug}
                </th>
                <td className="py-2 pr-4">{t(`status.${c.status}`)}</td>
                <td className="py-2 pr-4">{[`${c.slug}.*`, ...c.hosts].join(", ")}</td>
                <td className="py-2 pr-4">{c.counts ? t("counts", c.counts) : "–"}</td>
                <td className="py-2 pr-4">{c.schemaVersion ?? "–"}</td>
                <td className="py-2">
                  {c.status === "active" || c.status === "suspended" ? (
                    <form action={changeCouncil} className="flex flex-wrap gap-2">
                      <input type="hidden" name="slug" value={c.slug} />
                      {c.status === "active" ? (
                        <a href={`/operator/councils/${c.slug}/suspend`} className="mb-6 inline-block px-2 py-2 text-lg text-link underline focus:bg-focus focus:text-focus-text">
                          {t("suspend", { name: c.slug })}
                        </a>
                      ) : (
                        <Button variant="secondary" name="action" value="resume">
                          {t("resume", { name: c.slug })}
                        </Button>
                      )}
                      <a href={`/operator/councils/${c.slug}/archive`} className="mb-6 inline-block px-2 py-2 text-lg text-error underline focus:bg-focus focus:text-focus-text">
                        {t("archive", { name: c.slug })}
                      </a>
                    </form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Heading level={2}>{t("archivesHeading")}</Heading>
      {archives.length === 0 ? (
        <Body>{t("noArchives")}</Body>
      ) : (
        <ul className="list-disc pl-5">
          {archives.map((a) => (
            <li key={a.file}>
              <Link href={`/operator/archives/${encodeURIComponent(a.file)}`}>{a.file}</Link> ({t("archiveDetails", { when: formatDateTime(a.at), kilobytes: Math.ceil(a.bytes / 1024) })})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
