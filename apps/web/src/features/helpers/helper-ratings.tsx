import type { HelperRating } from "@lgp/match";
import { Body, Table } from "@lgp/ui";
import { formatDate } from "@lgp/time";
import { getTranslations } from "next-intl/server";

/**
 * A helper's ratings from residents, newest first. Only staff and the helper's own people are shown
 * them: the procedures that load them guard that, never this.
 */
export async function HelperRatings({ ratings, caption, testId }: { ratings: HelperRating[]; caption: string; testId: string }) {
  const t = await getTranslations("helping.ratings");
  if (ratings.length === 0) return <Body>{t("none")}</Body>;
  return (
    <Table
      caption={caption}
      captionSize="hidden"
      testId={testId}
      columns={[{ label: t("columns.request"), wrap: "nowrap" }, { label: t("columns.stars"), wrap: "nowrap" }, { label: t("columns.comment") }, { label: t("columns.date"), wrap: "nowrap" }]}
      rows={ratings.map((r) => ({ key: r.matchId, cells: [r.needReference, t("stars", { stars: r.stars }), r.comment || t("noComment"), formatDate(r.createdAt)] }))}
    />
  );
}
