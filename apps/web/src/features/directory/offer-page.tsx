import { BackLink, Body, Heading, Link, SummaryList } from "@lgp/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { api } from "~/server/api";
import { showCost, showHelper } from "./offer-facts";

type Params = Promise<{ offerId: string }>;

/** The offer, while the directory lists it; any other id (withdrawn, another council's, not a number) is not found. */
const offerOf = cache(async (offerId: string) => {
  if (!/^\d{1,15}$/.test(offerId)) notFound();
  return (await api()).match.directoryOffer({ offerId: Number(offerId) });
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await offerOf((await params).offerId)).title };
}

/** One offer in full, from the directory: what, where, when, for whom, what it costs, and who offers it. */
export default async function DirectoryOfferPage({ params }: { params: Params }) {
  const offer = await offerOf((await params).offerId);
  const t = await getTranslations("directory");
  const rows = [
    { key: t("kind"), value: offer.categoryName },
    { key: t("offeredBy"), value: await showHelper(offer) },
    { key: t("where"), value: offer.place },
    { key: t("when"), value: offer.times },
    ...(offer.forWhom ? [{ key: t("forWhom"), value: offer.forWhom }] : []),
    { key: t("price"), value: await showCost(offer) },
  ];
  return (
    <>
      <BackLink href={`/help/search?${new URLSearchParams({ category: offer.categorySlug })}`}>{t("back")}</BackLink>
      <Heading caption={offer.categoryName}>{offer.title}</Heading>
      <div className="mb-8 whitespace-pre-line text-lg">{offer.description}</div>
      <SummaryList rows={rows} testId="offer-facts" />
      {offer.helperAbout ? (
        <>
          <Heading level={2}>{t("about", { name: offer.helperName })}</Heading>
          <div className="mb-8 whitespace-pre-line text-lg">{offer.helperAbout}</div>
        </>
      ) : null}
      <Heading level={2}>{t("howToGet")}</Heading>
      <Body>{t("howToGetText", { category: offer.categoryName, name: offer.helperName })}</Body>
      <Body>
        <Link href={`/help/ask?${new URLSearchParams({ category: offer.categorySlug })}`}>{t("askInCategory", { category: offer.categoryName })}</Link>
      </Body>
    </>
  );
}
