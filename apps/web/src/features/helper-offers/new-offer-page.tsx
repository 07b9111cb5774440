import { BackLink, Button, Heading, Radios } from "@lgp/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionForm } from "~/features/forms/action-form";
import { requireSignedIn } from "~/server/access";
import { api } from "~/server/api";
import { formTitles } from "~/server/page-title";
import { addOffer } from "./actions";
import { OfferFields } from "./offer-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("helperOffers"))("newTitle") };
}

/**
 * A new offer, for the helper named by `?helper=` or the only one the person acts for. Someone acting
 * for several picks one first, with a GET form, so the kinds of help offered are that helper's.
 */
export default async function NewOfferPage({ searchParams }: { searchParams: Promise<{ helper?: string }> }) {
  await requireSignedIn();
  const helpers = await (await api()).match.myOffers();
  if (helpers.length === 0) notFound();
  const { helper: chosen } = await searchParams;
  const t = await getTranslations("helperOffers");
  const found = helpers.length === 1 ? helpers[0] : helpers.find((h) => String(h.helper.id) === chosen);
  if (!found) {
    const e = (await getTranslations("common"))("errorPrefix");
    return (
      <>
        <BackLink href="/helping/offers">{t("back")}</BackLink>
        <Heading>{t("newTitle")}</Heading>
        <form method="get">
          <Radios name="helper" legend={t("helper")} errorPrefix={e} items={helpers.map((h) => ({ value: String(h.helper.id), label: h.helper.publicName }))} />
          <Button>{t("add")}</Button>
        </form>
      </>
    );
  }
  if (found.categories.length === 0) notFound();
  return (
    <>
      <BackLink href="/helping/offers">{t("back")}</BackLink>
      <Heading caption={found.helper.publicName}>{t("newTitle")}</Heading>
      <ActionForm action={addOffer} {...await formTitles(t("newTitle"))}>
        <input type="hidden" name="helperId" value={found.helper.id} />
        <OfferFields categories={found.categories} helperPostcode={found.helper.postcode} submit={t("publish")} />
      </ActionForm>
    </>
  );
}
