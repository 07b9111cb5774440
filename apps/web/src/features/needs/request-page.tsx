import { NEED_MOVES } from "@lgp/match";
import { formatDate } from "@lgp/time";
import { BackLink, Heading, Link, NotificationBanner, SummaryList, Tag } from "@lgp/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NeedOffers } from "~/features/matching/need-offers";
import { requireSignedIn } from "~/server/access";
import { api } from "~/server/api";
import { answerRows } from "./answer-rows";
import { needWords, STATUS_COLOURS } from "./choices";
import { TrailTable } from "./trail-table";

type Props = { params: Promise<{ reference: string }>; searchParams: Promise<{ withdrawn?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations("needs.request"))("title", { reference: decodeURIComponent((await params).reference).toUpperCase() }) };
}

/** One of the resident's requests: what they asked for, where it stands, its trail, and withdrawing it while it is still live. */
export default async function RequestPage({ params, searchParams }: Props) {
  await requireSignedIn();
  const need = await (await api()).match.myNeed({ reference: (await params).reference });
  const { withdrawn } = await searchParams;
  const t = await getTranslations("needs.request");
  const words = await needWords();
  const rows = await answerRows({ ...need, category: need.categoryName });
  const common = await getTranslations("common");
  return (
    <>
      <BackLink href="/requests">{t("back")}</BackLink>
      {withdrawn && need.status === "withdrawn" ? <NotificationBanner variant="success" title={common("success")} heading={t("withdrawn")} /> : null}
      <Heading>{t("title", { reference: need.reference })}</Heading>
      <p className="mb-6">
        <Tag colour={STATUS_COLOURS[need.status]}>{words.status(need.status)}</Tag>
      </p>
      <SummaryList
        rows={[
          { key: t("asked"), value: formatDate(need.createdAt) },
          ...(need.status === "open" || need.status === "offered" ? [{ key: t("expires"), value: formatDate(need.expiresAt) }] : []),
        ]}
      />
      <NeedOffers reference={need.reference} page={t("title", { reference: need.reference })} />
      <Heading level={2}>{t("detailsHeading")}</Heading>
      <SummaryList rows={rows} />
      <Heading level={2}>{t("trailHeading")}</Heading>
      <TrailTable trail={need.trail} />
      {NEED_MOVES[need.status].includes("withdrawn") ? (
        <p className="mb-8 text-lg">
          <Link href={`/requests/${need.reference}/withdraw`}>{t("withdrawLink")}</Link>
        </p>
      ) : null}
    </>
  );
}
