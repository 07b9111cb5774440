import { Body, Heading, Link, Table } from "@lgp/ui";
import { STAFF_HELPER_GROUPS } from "@lgp/match";
import { STAFF_ROLES } from "@lgp/identity";
import { formatDate } from "@lgp/time";
import { getTranslations } from "next-intl/server";
import { requireRole } from "~/server/access";
import { api } from "~/server/api";
import { titled } from "~/server/page-title";

export const generateMetadata = () => titled("staffHelpers");

/** Every helper who has sent a sign-up, by where they stand: those waiting longest first. */
export default async function StaffHelpersPage() {
  await requireRole(...STAFF_ROLES);
  const groups = await (await api()).match.staffHelpers();
  const t = await getTranslations("staffHelpers");
  return (
    <>
      <Heading>{t("title")}</Heading>
      <Body>{t("intro")}</Body>
      {STAFF_HELPER_GROUPS.map((group) => (
        <section key={group} aria-labelledby={`group-${group}`}>
          <Heading level={2}>
            <span id={`group-${group}`}>{t(`groups.${group}`)}</span>
          </Heading>
          {groups[group].length === 0 ? (
            <Body>{t("none")}</Body>
          ) : (
            <Table
              caption={t(`groups.${group}`)}
              captionSize="hidden"
              firstCellIsHeader
              testId={`helpers-${group}`}
              columns={[{ label: t("columns.name") }, { label: t("columns.kind") }, { label: group === "waiting" ? t("columns.sent") : t("columns.decided"), wrap: "nowrap" }]}
              rows={groups[group].map((h) => {
                const when = group === "waiting" ? h.submittedAt : h.decidedAt;
                return {
                  key: h.id,
                  cells: [
                    <Link key="name" href={`/staff/helpers/${h.id}`}>
                      {h.publicName}
                    </Link>,
                    t(`kinds.${h.kind}`),
                    when ? formatDate(when) : "",
                  ],
                };
              })}
            />
          )}
        </section>
      ))}
    </>
  );
}
