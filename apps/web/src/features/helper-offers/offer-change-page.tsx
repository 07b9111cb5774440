import { BackLink, Body, Button, Heading } from "@lgp/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionForm } from "~/features/forms/action-form";
import { requireSignedIn } from "~/server/access";
import { api } from "~/server/api";
import { formTitles } from "~/server/page-title";
import { publishOffer, updateOffer, withdrawOffer } from "./actions";
import { OfferFields } from "./offer-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("helperOffers"))("changeTitle") };
}

/** Changes one offer, and withdraws it or publishes it again; an offer of a helper the person does not act for is not found. */
export default async function OfferChangePage({ params }: { params: Promise<{ offerId: string }> }) {
  await requireSignedIn();
  const { offerId } = await params;
  if (!/^\d{1,15}$/.test(offerId)) notFound();
  const { offer, helper, categories } = await (await api()).match.myOffer({ offerId: Number(offerId) });
  const t = await getTranslations("helperOffers");
  const form = await formTitles(t("changeTitle"));
  const withdrawn = offer.status === "withdrawn";
  return (
    <>
      <BackLink href="/helping/offers">{t("back")}</BackLink>
      <Heading caption={helper.publicName}>{t("changeTitle")}</Heading>
      <ActionForm action={updateOffer} {...form}>
        <input type="hidden" name="offerId" value={offer.id} />
        <OfferFields categories={categories} helperPostcode={helper.postcode} offer={offer} submit={t("save")} />
      </ActionForm>
      <Heading level={2}>{withdrawn ? t("publishAgain") : t("withdraw")}</Heading>
      <ActionForm action={withdrawn ? publishOffer : withdrawOffer} idPrefix="status-" {...form}>
        <input type="hidden" name="offerId" value={offer.id} />
        <div id="status-change">
          {withdrawn ? null : <Body>{t("withdrawHint")}</Body>}
          <Button variant={withdrawn ? "primary" : "warning"}>{withdrawn ? t("publishAgain") : t("withdraw")}</Button>
        </div>
      </ActionForm>
    </>
  );
}
