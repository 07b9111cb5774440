import { formatDate } from "@lgp/time";
import { Body, Heading, Link } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { requireSignedIn } from "~/server/access";
import { api } from "~/server/api";
import { titled } from "~/server/page-title";
import { Panel } from "./panel";

export const generateMetadata = () => titled("needs.done");

/** The confirmation (a GOV.UK panel) with the reference, for the resident's own request only. */
export default async function SentPage({ params }: { params: Promise<{ reference: string }> }) {
  await requireSignedIn();
  const need = await (await api()).match.myNeed({ reference: (await params).reference });
  const t = await getTranslations("needs.done");
  return (
    <>
      <Panel title={t("title")} label={t("reference")} reference={need.reference} />
      <Heading level={2}>{t("nextHeading")}</Heading>
      <Body>{t("next")}</Body>
      <Body>{t("expires", { date: formatDate(need.expiresAt) })}</Body>
      <Body>
        <Link href="/requests">{t("list")}</Link>
      </Body>
    </>
  );
}
