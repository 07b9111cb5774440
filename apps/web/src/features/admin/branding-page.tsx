import { Body, Button, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { COMPLIANCE, NATIONS } from "@lgp/councils";
import { ActionForm, FormDateInput, FormFileInput, FormRadios, FormTextarea, FormTextInput } from "~/features/forms/action-form";
import { api, currentCouncil } from "~/server/api";
import { saveBranding, uploadLogo } from "./actions";
import { formTitles, titled } from "~/server/page-title";

export const generateMetadata = () => titled("admin.branding");

export default async function BrandingPage() {
  const council = await currentCouncil();
  const caller = await api();
  const [{ details }, hasLogo] = await Promise.all([caller.admin.overview(), caller.site.hasLogo()]);
  const t = await getTranslations("admin.branding");
  const form = await formTitles(t("title"));
  const common = await getTranslations("common");
  const e = common("errorPrefix");
  const dateParts = { day: common("dateParts.day"), month: common("dateParts.month"), year: common("dateParts.year") };
  return (
    <>
      <Heading caption={council.name}>{t("title")}</Heading>
      <Heading level={2}>{t("previewHeading")}</Heading>
      <div className="mb-8 border-2 border-border" data-testid="brand-preview">
        <div className="flex items-center gap-3 p-3 text-lg font-bold" style={{ background: council.brandColour, color: council.brandTextColour }}>
          {hasLogo ? <img src={`/assets/logo?v=${council.updatedAt.getTime()}`} alt="" width={80} height={32} className="h-8 w-20" /> : null}
          {council.name}
        </div>
        <p className="p-3">
          {t("previewText")}{" "}
          <a href="/" style={{ color: council.linkColour }} className="underline">
            {t("previewLink")}
          </a>
        </p>
      </div>
      <ActionForm action={saveBranding} {...form}>
        <FormTextInput id="name" label={t("name")} errorPrefix={e} defaultValue={council.name} />
        <FormTextInput id="brandColour" label={t("brandColour")} hint={t("colourHint")} errorPrefix={e} defaultValue={council.brandColour} width="10" />
        <FormTextInput id="brandTextColour" label={t("brandTextColour")} hint={t("colourHint")} errorPrefix={e} defaultValue={council.brandTextColour} width="10" />
        <FormTextInput id="linkColour" label={t("linkColour")} hint={t("colourHint")} errorPrefix={e} defaultValue={council.linkColour} width="10" />
        <Heading level={2}>{t("contactHeading")}</Heading>
        <FormTextInput id="contactEmail" type="email" label={t("contactEmail")} errorPrefix={e} defaultValue={details.contactEmail} width="20" />
        <FormTextInput id="contactPhone" label={t("contactPhone")} errorPrefix={e} defaultValue={details.contactPhone} width="20" />
        <FormTextarea id="contactAddress" label={t("contactAddress")} errorPrefix={e} defaultValue={details.contactAddress} rows={3} />
        <FormRadios name="nation" legend={t("nation")} hint={t("nationHint")} errorPrefix={e} value={details.nation} items={NATIONS.map((n) => ({ value: n, label: t(`nations.${n}`) }))} />
        <Heading level={2}>{t("accessibilityHeading")}</Heading>
        <FormRadios
          name="accessibilityCompliance"
          legend={t("accessibilityCompliance")}
          hint={t("accessibilityComplianceHint")}
          errorPrefix={e}
          value={details.accessibilityCompliance}
          items={COMPLIANCE.map((c) => ({ value: c, label: t(`compliance.${c}`), hint: t(`complianceHints.${c}`) }))}
        />
        <FormTextarea id="accessibilityContact" label={t("accessibilityContact")} hint={t("accessibilityContactHint")} errorPrefix={e} defaultValue={details.accessibilityContact} rows={2} />
        <FormTextarea id="accessibilityKnownIssues" label={t("accessibilityKnownIssues")} hint={t("accessibilityKnownIssuesHint")} errorPrefix={e} defaultValue={details.accessibilityKnownIssues} />
        <FormDateInput id="accessibilityPreparedOn" legend={t("accessibilityPreparedOn")} hint={t("dateHint")} errorPrefix={e} labels={dateParts} defaultValue={details.accessibilityPreparedOn} />
        <FormDateInput id="accessibilityReviewedOn" legend={t("accessibilityReviewedOn")} hint={t("dateHint")} errorPrefix={e} labels={dateParts} defaultValue={details.accessibilityReviewedOn} />
        <Heading level={2}>{t("emailHeading")}</Heading>
        <FormTextInput id="emailSenderName" label={t("emailSenderName")} hint={t("emailSenderNameHint")} errorPrefix={e} defaultValue={details.emailSenderName} />
        <Button>{t("save")}</Button>
      </ActionForm>
      <Heading level={2}>{t("logoHeading")}</Heading>
      <Body>{t("logoIntro")}</Body>
      <ActionForm action={uploadLogo} {...form} encType="multipart/form-data">
        <FormFileInput id="logo" label={t("logo")} hint={t("logoHint")} accept="image/png,image/jpeg,image/svg+xml" errorPrefix={e} />
        <Button variant="secondary">{t("upload")}</Button>
      </ActionForm>
    </>
  );
}
