import type { OfferText } from "@lgp/match";
import { Button } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { FormRadios, FormTextarea, FormTextInput } from "~/features/forms/action-form";

export interface OfferFormValues extends OfferText {
  categoryId: number;
}

/** "12.50" for 1250 pence, as the helper typed it. */
const typedPounds = (pence: number) => (pence % 100 === 0 ? String(pence / 100) : (pence / 100).toFixed(2));

/** The fields of an offer, new or changed: drawn inside an ActionForm, which shows each field's error beside it. */
export async function OfferFields({
  categories,
  helperPostcode,
  offer,
  submit,
}: {
  categories: { id: number; name: string }[];
  helperPostcode: string | null;
  offer?: OfferFormValues;
  submit: string;
}) {
  const t = await getTranslations("helperOffers");
  const e = (await getTranslations("common"))("errorPrefix");
  const paid = offer?.costPence != null;
  return (
    <>
      <FormTextInput id="title" label={t("offerTitle")} hint={t("offerTitleHint")} errorPrefix={e} defaultValue={offer?.title} />
      <FormRadios name="categoryId" legend={t("category")} errorPrefix={e} value={offer ? String(offer.categoryId) : categories.length === 1 ? String(categories[0]!.id) : undefined} items={categories.map((c) => ({ value: String(c.id), label: c.name }))} />
      <FormTextarea id="description" label={t("description")} hint={t("descriptionHint")} errorPrefix={e} rows={5} defaultValue={offer?.description} />
      <FormTextInput id="place" label={t("place")} hint={t("placeHint")} errorPrefix={e} defaultValue={offer?.place} />
      <FormTextInput
        id="postcode"
        label={t("offerPostcode")}
        hint={helperPostcode ? t("offerPostcodeHint", { postcode: helperPostcode }) : t("offerPostcodeHintNone")}
        errorPrefix={e}
        width="10"
        autoComplete="postal-code"
        defaultValue={offer && offer.postcode !== helperPostcode ? offer.postcode : undefined}
      />
      <FormTextInput id="times" label={t("times")} hint={t("timesHint")} errorPrefix={e} defaultValue={offer?.times} />
      <FormTextInput id="forWhom" label={t("forWhom")} hint={t("forWhomHint")} errorPrefix={e} defaultValue={offer?.forWhom} />
      <FormRadios
        name="cost"
        legend={t("cost")}
        errorPrefix={e}
        value={offer ? (paid ? "paid" : "free") : undefined}
        items={[
          { value: "free", label: t("free") },
          { value: "paid", label: t("paid") },
        ]}
      />
      {/* Below the choice rather than revealed by it, so the form works the same without JavaScript. */}
      <div className="mb-6 border-l-4 border-border pl-4">
        <FormTextInput id="costAmount" label={t("costAmount")} hint={t("costAmountHint")} errorPrefix={e} width="10" defaultValue={paid ? typedPounds(offer.costPence!) : undefined} />
        <FormTextInput id="costUnit" label={t("costUnit")} hint={t("costUnitHint")} errorPrefix={e} width="20" defaultValue={paid ? (offer.costUnit ?? undefined) : undefined} />
      </div>
      <Button>{submit}</Button>
    </>
  );
}
