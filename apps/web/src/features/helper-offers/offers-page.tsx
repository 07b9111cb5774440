import { BackLink, Body, Heading, Link, NotificationBanner, Table, Tag } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { api } from "~/server/api";
import { requireSignedIn } from "~/server/access";
import { titled } from "~/server/page-title";
import { NoHelperYet } from "~/features/helpers/no-helper-yet";

export const generateMetadata = () => titled("helperOffers");

type Status = "listed" | "published" | "withdrawn";
const colours = { listed: "green", published: "yellow", withdrawn: "grey" } as const;

/** The offers of every helper the signed-in person acts for: their own as a volunteer, and their organisations'. */
export default async function HelperOffersPage() {
  await requireSignedIn();
  const helpers = await (await api()).match.myOffers();
  const t = await getTranslations("helperOffers");
  if (helpers.length === 0) return <NoHelperYet title={t("title")} body={t("noHelper")} signUp={t("signUp")} />;
  return (
    <>
      <BackLink href="/helping">{t("back")}</BackLink>
      <Heading>{t("title")}</Heading>
      <Body>{t("intro")}</Body>
      {helpers.map(({ helper, categories, offers }) => (
        <section key={helper.id} aria-labelledby={`helper-${helper.id}`} data-testid={`helper-${helper.id}`}>
          <h2 id={`helper-${helper.id}`} className="mb-4 mt-8 text-2xl font-bold sm:text-3xl">
            {t("forHelper", { name: helper.publicName })}
          </h2>
          {helper.pausedAt ? <NotificationBanner title={t("title")} heading={t("paused")} /> : helper.status !== "approved" ? <Body>{t("notApproved")}</Body> : null}
          {offers.length === 0 ? (
            <Body>{t("none")}</Body>
          ) : (
            <Table
              caption={t("forHelper", { name: helper.publicName })}
              captionSize="hidden"
              firstCellIsHeader
              columns={[{ label: t("columns.title") }, { label: t("columns.category") }, { label: t("columns.status") }, { label: t("columns.actions") }]}
              rows={offers.map((o) => {
                const status: Status = o.status === "withdrawn" ? "withdrawn" : o.listed ? "listed" : "published";
                return {
                  key: o.id,
                  cells: [
                    o.title,
                    o.categoryName,
                    <Tag key="status" colour={colours[status]}>
                      {t(`status.${status}`)}
                    </Tag>,
                    <Link key="change" href={`/helping/offers/${o.id}`}>
                      {t("change")}
                      <span className="sr-only"> {o.title}</span>
                    </Link>,
                  ],
                };
              })}
            />
          )}
          {offers.some((o) => o.status === "published" && !o.listed) && helper.status === "approved" && !helper.pausedAt ? <Body>{t("notListedHint")}</Body> : null}
          {categories.length === 0 ? (
            <Body>{t("noCategories")}</Body>
          ) : (
            <Body>
              <Link href={`/helping/offers/new?helper=${helper.id}`}>{helpers.length > 1 ? t("addFor", { name: helper.publicName }) : t("add")}</Link>
            </Body>
          )}
        </section>
      ))}
    </>
  );
}
