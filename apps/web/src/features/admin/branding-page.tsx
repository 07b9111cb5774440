import { Body, Button, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormFileInput, FormTextarea, FormTextInput } from "~/features/forms/action-form";
import { api } from "~/server/api";
import { saveBranding, uploadLogo } from "./actions";
import { AdminNav } from "./admin-nav";
import { requireCouncilAdmin } from "./guard";

export default async function BrandingPage() {
  const { council } = await requireCouncilAdmin();
  const { details } = await (await api()).admin.overview();
  const t = await getTranslations("admin.branding");
  const common = await getTranslations("common");
  const e = common("errorPrefix");
  return (
    <>
      <Heading caption={council.name}>{t("title")}</Heading>
      <AdminNav current="branding" />
      <Heading level={2}>{t("previewHeading")}</Heading>
      <div className="mb-8 border-2 border-border" data-testid="brand-preview">
        <div className="flex items-center gap-3 p-3 text-lg font-bold" style={{ background: council.brandColour, color: council.brandTextColour }}>
          <img src={`/assets/logo?v=${council.updatedAt.getTime()}`} alt="" width={80} height={32} className="h-8 w-20" />
          {council.name}
        </div>
        <p className="p-3">
          {t("previewText")}{" "}
          <a href="/" style={{ color: council.linkColour }} className="underline">
            {t("previewLink")}
          </a>
        </p>
      </div>
      <ActionForm action={saveBranding} errorSummaryTitle={common("errorSummaryTitle")}>
        <FormTextInput id="name" label={t("name")} errorPrefix={e} defaultValue={council.name} />
        <FormTextInput id="brandColour" label={t("brandColour")} hint={t("colourHint")} errorPrefix={e} defaultValue={council.brandColour} width="10" />
        <FormTextInput id="brandTextColour" label={t("brandTextColour")} hint={t("colourHint")} errorPrefix={e} defaultValue={council.brandTextColour} width="10" />
        <FormTextInput id="linkColour" label={t("linkColour")} hint={t("colourHint")} errorPrefix={e} defaultValue={council.linkColour} width="10" />
        <Heading level={2}>{t("contactHeading")}</Heading>
        <FormTextInput id="contactEmail" type="email" label={t("contactEmail")} errorPrefix={e} defaultValue={details.contactEmail} width="20" />
        <FormTextInput id="contactPhone" label={t("contactPhone")} errorPrefix={e} defaultValue={details.contactPhone} width="20" />
        <FormTextarea id="contactAddress" label={t("contactAddress")} errorPrefix={e} defaultValue={details.contactAddress} rows={3} />
        <Heading level={2}>{t("accessibilityHeading")}</Heading>
        <FormTextarea id="accessibilityContact" label={t("accessibilityContact")} hint={t("accessibilityContactHint")} errorPrefix={e} defaultValue={details.accessibilityContact} rows={2} />
        <FormTextarea id="accessibilityKnownIssues" label={t("accessibilityKnownIssues")} hint={t("accessibilityKnownIssuesHint")} errorPrefix={e} defaultValue={details.accessibilityKnownIssues} />
        <FormTextInput id="accessibilityPreparedOn" label={t("accessibilityPreparedOn")} hint={t("dateHint")} errorPrefix={e} defaultValue={details.accessibilityPreparedOn} width="10" />
        <Heading level={2}>{t("emailHeading")}</Heading>
        <FormTextInput id="emailSenderName" label={t("emailSenderName")} hint={t("emailSenderNameHint")} errorPrefix={e} defaultValue={details.emailSenderName} />
        <Button>{t("save")}</Button>
      </ActionForm>
      <Heading level={2}>{t("logoHeading")}</Heading>
      <Body>{t("logoIntro")}</Body>
      <ActionForm action={uploadLogo} errorSummaryTitle={common("errorSummaryTitle")} encType="multipart/form-data">
        <FormFileInput id="logo" label={t("logo")} hint={t("logoHint")} accept="image/png,image/jpeg,image/svg+xml" errorPrefix={e} />
        <Button variant="secondary">{t("upload")}</Button>
      </ActionForm>
    </>
  );
}
