import { Body, Button, Heading } from "@lgp/ui";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormCheckboxes, FormRadios, FormTextarea, FormTextInput } from "~/features/forms/action-form";
import { api, currentCouncil } from "~/server/api";
import { ORIGIN_HEADER } from "~/server/site-header";
import { saveOneLogin, saveStaffSso } from "./actions";
import { formTitles, titled } from "~/server/page-title";

export const generateMetadata = () => titled("admin.signIn");

export default async function StaffSignInPage() {
  const council = await currentCouncil();
  const overview = await (await api()).admin.overview();
  const sso = overview.staffSso ?? {};
  const oneLogin = overview.oneLogin ?? {};
  const o = await getTranslations("admin.oneLogin");
  const shown = (k: string) => (typeof sso[k] === "string" ? (sso[k] as string) : "");
  const t = await getTranslations("admin.signIn");
  const form = await formTitles(t("title"));
  const common = await getTranslations("common");
  const e = common("errorPrefix");
  const origin = (await headers()).get(ORIGIN_HEADER);
  return (
    <>
      <Heading caption={council.name}>{t("title")}</Heading>
      <Body>{t("intro")}</Body>
      <Body>{t("redirect", { url: `${origin}/api/auth/callback/staff-sso` })}</Body>
      <ActionForm action={saveStaffSso} {...form}>
        <FormCheckboxes name="enabled" legend={t("enabled")} errorPrefix={e} values={sso.enabled ? ["on"] : []} items={[{ value: "on", label: t("enable") }]} />
        <FormTextInput id="issuer" type="url" label={t("issuer")} hint={t("issuerHint")} errorPrefix={e} defaultValue={shown("issuer")} spellCheck={false} />
        <FormTextInput id="clientId" label={t("clientId")} errorPrefix={e} defaultValue={shown("clientId")} spellCheck={false} />
        <FormTextInput id="clientSecret" type="password" autoComplete="new-password" label={t("clientSecret")} hint={shown("clientSecret") ? (await getTranslations("admin.email"))("secretKept", { masked: shown("clientSecret") }) : undefined} errorPrefix={e} />
        <FormTextInput id="allowedTenantId" label={t("tenant")} hint={t("tenantHint")} errorPrefix={e} defaultValue={shown("allowedTenantId")} spellCheck={false} />
        <Button>{t("save")}</Button>
      </ActionForm>
      <Heading level={2}>{o("heading")}</Heading>
      <Body>{o("intro")}</Body>
      <ActionForm action={saveOneLogin} {...form} idPrefix="oneLogin-">
        <FormCheckboxes name="enabled" id="oneLogin-enabled" legend={o("enabled")} errorPrefix={e} values={oneLogin.enabled ? ["on"] : []} items={[{ value: "on", label: o("enable") }]} />
        <FormRadios
          name="environment"
          id="oneLogin-environment"
          legend={o("environment")}
          errorPrefix={e}
          value={typeof oneLogin.environment === "string" ? oneLogin.environment : "integration"}
          items={[
            { value: "integration", label: o("integration") },
            { value: "production", label: o("production") },
          ]}
        />
        <FormTextInput id="oneLogin-clientId" name="clientId" label={o("clientId")} errorPrefix={e} defaultValue={typeof oneLogin.clientId === "string" ? oneLogin.clientId : ""} spellCheck={false} />
        <FormTextarea id="oneLogin-privateKey" name="privateKey" label={o("privateKey")} hint={oneLogin.privateKey ? `${o("privateKeyHint")} ${o("keyKept")}` : o("privateKeyHint")} errorPrefix={e} rows={4} />
        <Button>{o("save")}</Button>
      </ActionForm>
    </>
  );
}
