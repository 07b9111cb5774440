import { formInputs } from "@lgp/api";
import type { Bookable, BookableOwners } from "@lgp/booking";
import { councilSchema } from "@lgp/db";
import { WEEKDAYS } from "@lgp/time";
import { getTranslations } from "next-intl/server";
import { FormCheckboxes, FormRadios, FormSelect, FormTextarea, FormTextInput } from "~/features/forms/action-form";
import { OwnerFields } from "./owner-fields";

/** A tick box posts "on" when ticked, as the schema reads it. */
const TICKED = "on";

/**
 * The fields of a bookable, for adding one (with its kind to choose) or changing one (its kind fixed,
 * and only its kind's owner asked). Each box starts as the bookable has it, or as most are.
 */
export async function BookableFields({ bookable, owners }: { bookable?: Bookable; owners: BookableOwners }) {
  const t = await getTranslations("bookableAdmin.form");
  const kinds = await getTranslations("booking.kinds");
  const e = (await getTranslations("common"))("errorPrefix");
  const number = (value: number | undefined, otherwise: number) => String(value ?? otherwise);
  const hoursOn = (weekday: number) => bookable?.weekly.filter((w) => w.weekday === weekday).sort((a, b) => a.opens.localeCompare(b.opens)) ?? [];
  const asks = (kind: string) => !bookable || bookable.kind === kind;
  return (
    <>
      {bookable ? (
        <input type="hidden" name="kind" value={bookable.kind} />
      ) : (
        <FormRadios name="kind" legend={t("kind")} errorPrefix={e} items={councilSchema.bookableKind.map((k) => ({ value: k, label: kinds(k), hint: t(`kindHints.${k}`) }))} />
      )}
      <FormTextInput id="name" label={t("name")} hint={t("nameHint")} errorPrefix={e} width="20" defaultValue={bookable?.name} />
      <FormTextarea id="description" label={t("description")} hint={t("descriptionHint")} errorPrefix={e} rows={3} defaultValue={bookable?.description} />
      <FormTextInput id="location" label={t("location")} hint={t("locationHint")} errorPrefix={e} defaultValue={bookable?.location} />
      <FormTextInput id="postcode" label={t("postcode")} hint={t("postcodeHint")} errorPrefix={e} width="10" autoComplete="postal-code" defaultValue={bookable?.postcode ?? undefined} />
      <FormTextarea id="accessibility" label={t("accessibility")} hint={t("accessibilityHint")} errorPrefix={e} rows={3} defaultValue={bookable?.accessibility.join("\n")} />

      <OwnerFields>
        {asks("offer") ? (
          <div data-kinds="offer">
            <FormSelect
              id="offerId"
              label={t("offerId")}
              errorPrefix={e}
              defaultValue={String(bookable?.offerId ?? "")}
              options={[{ value: "", label: t("chooseOffer") }, ...owners.offers.map((o) => ({ value: String(o.id), label: t("offerLabel", { title: o.title, helper: o.helperName }) }))]}
            />
          </div>
        ) : null}
        {asks("appointment") ? (
          <div data-kinds="appointment">
            <FormSelect
              id="staffId"
              label={t("staffId")}
              errorPrefix={e}
              defaultValue={String(bookable?.staffId ?? "")}
              options={[{ value: "", label: t("chooseStaff") }, ...owners.staff.map((s) => ({ value: String(s.id), label: s.name ? `${s.name} (${s.email})` : s.email }))]}
            />
          </div>
        ) : null}
        {asks("room") || asks("session") ? (
          <div data-kinds="room session">
            <FormSelect
              id="organisationId"
              label={t("organisationId")}
              errorPrefix={e}
              defaultValue={String(bookable?.organisationId ?? "")}
              options={[{ value: "", label: t("councilOwn") }, ...owners.organisations.map((o) => ({ value: String(o.id), label: o.name }))]}
            />
          </div>
        ) : null}
      </OwnerFields>

      <FormTextInput id="durationMinutes" label={t("durationMinutes")} hint={t("durationHint")} errorPrefix={e} width="10" defaultValue={number(bookable?.durationMinutes, 60)} />
      <FormTextInput id="bufferBeforeMinutes" label={t("bufferBeforeMinutes")} hint={t("bufferHint")} errorPrefix={e} width="10" defaultValue={number(bookable?.bufferBeforeMinutes, 0)} />
      <FormTextInput id="bufferAfterMinutes" label={t("bufferAfterMinutes")} hint={t("bufferHint")} errorPrefix={e} width="10" defaultValue={number(bookable?.bufferAfterMinutes, 0)} />
      <FormTextInput id="noticeHours" label={t("noticeHours")} hint={t("noticeHint")} errorPrefix={e} width="10" defaultValue={number(bookable && bookable.noticeMinutes / 60, 0)} />
      <FormTextInput id="horizonDays" label={t("horizonDays")} hint={t("horizonHint")} errorPrefix={e} width="10" defaultValue={number(bookable?.horizonDays, 60)} />
      <FormTextInput id="capacity" label={t("capacity")} hint={t("capacityHint")} errorPrefix={e} width="10" defaultValue={number(bookable?.capacity, 1)} />
      <FormCheckboxes name="needsApproval" legend={t("approval")} errorPrefix={e} items={[{ value: TICKED, label: t("needsApproval") }]} values={bookable?.needsApproval ? [TICKED] : []} />
      <FormCheckboxes name="openOnBankHolidays" legend={t("bankHolidays")} errorPrefix={e} items={[{ value: TICKED, label: t("openOnBankHolidays") }]} values={bookable?.openOnBankHolidays ? [TICKED] : []} />

      <fieldset className="mb-6" aria-describedby="week-hint">
        <legend className="mb-2 text-xl font-bold">{t("week")}</legend>
        <div id="week-hint" className="mb-4 text-secondary-text">
          {t("weekHint")}
        </div>
        {formInputs.BOOKABLE_DAYS.map((day, i) => (
          <fieldset key={day} className="mb-4 border-b border-border">
            <legend className="mb-1 text-lg font-bold">{WEEKDAYS[i]}</legend>
            {formInputs.BOOKABLE_HOURS_PAIRS.map((pair, n) => (
              <div key={pair.opens} className="flex flex-wrap gap-x-6">
                <FormTextInput id={`${day}${pair.opens}`} label={t(n === 0 ? "opens" : "opensAgain")} errorPrefix={e} width="10" defaultValue={hoursOn(i + 1)[n]?.opens} />
                <FormTextInput id={`${day}${pair.closes}`} label={t(n === 0 ? "closes" : "closesAgain")} errorPrefix={e} width="10" defaultValue={hoursOn(i + 1)[n]?.closes} />
              </div>
            ))}
          </fieldset>
        ))}
      </fieldset>
    </>
  );
}
