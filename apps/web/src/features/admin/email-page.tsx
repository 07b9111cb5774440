import { EMAIL_TEMPLATES } from "@lgp/modules";
import { formatDateTime } from "@lgp/time";
import { Body, Button, Heading, Table } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormCheckboxes, FormRadios, FormTextInput } from "~/features/forms/action-form";
import { api, currentCouncil } from "~/server/api";
import { saveEmail } from "./actions";
import { formTitles, titled } from "~/server/page-title";

export const generateMetadata = () => titled("admin.email");

export default async function EmailPage() {
  const council = await currentCouncil();
  const { email, undeliveredEmail } = await (await api()).admin.overview();
  const shown = (key: string) => (typeof email[key] === "string" || typeof email[key] === "number" ? String(email[key]) : "");
  const t = await getTranslations("admin.email");
  const form = await formTitles(t("title"));
  const common = await getTranslations("common");
  const templates = await getTranslations("emailTemplates");
  const e = common("errorPrefix");
  return (
    <>
      <Heading caption={council.name}>{t("title")}</Heading>
      <ActionForm action={saveEmail} {...form}>
        <FormRadios
          name="transport"
          legend={t("transport")}
          errorPrefix={e}
          value={String(email.transport)}
          items={[
            { value: "outbox", label: t("outbox"), hint: t("outboxHint") },
            { value: "smtp", label: t("smtp"), hint: t("smtpHint") },
            { value: "notify", label: t("notify"), hint: t("notifyHint") },
          ]}
        />
        <Heading level={2}>{t("smtpHeading")}</Heading>
        <FormTextInput id="host" label={t("host")} errorPrefix={e} defaultValue={shown("host")} width="20" />
        <FormTextInput id="port" label={t("port")} errorPrefix={e} defaultValue={shown("port") || "465"} width="10" />
        <FormCheckboxes name="secure" legend={t("secureLegend")} errorPrefix={e} values={email.secure === false ? [] : ["on"]} items={[{ value: "on", label: t("secure") }]} />
        <FormTextInput id="user" label={t("user")} errorPrefix={e} defaultValue={shown("user")} width="20" />
        <FormTextInput id="password" type="password" autoComplete="new-password" label={t("password")} hint={shown("password") ? t("secretKept", { masked: shown("password") }) : undefined} errorPrefix={e} width="20" />
        <FormTextInput id="from" type="email" label={t("from")} errorPrefix={e} defaultValue={shown("from")} width="20" />
        <Heading level={2}>{t("notifyHeading")}</Heading>
        <FormTextInput id="apiKey" type="password" autoComplete="new-password" label={t("apiKey")} hint={shown("apiKey") ? t("secretKept", { masked: shown("apiKey") }) : undefined} errorPrefix={e} />
        {EMAIL_TEMPLATES.map(({ kind, notifyField }) => (
          <FormTextInput key={notifyField} id={notifyField} label={templates(`${kind}.templateId`)} errorPrefix={e} defaultValue={shown(notifyField)} />
        ))}
        <Button>{t("save")}</Button>
      </ActionForm>
      <Heading level={2}>{t("undelivered.heading")}</Heading>
      {undeliveredEmail.length === 0 ? (
        <Body>{t("undelivered.none")}</Body>
      ) : (
        <>
          <Body>{t("undelivered.lead")}</Body>
          <Table
            caption={t("undelivered.heading")}
            captionSize="hidden"
            testId="undelivered-email"
            columns={[
              { label: t("undelivered.columns.when"), wrap: "nowrap" },
              { label: t("undelivered.columns.to"), wrap: "anywhere" },
              { label: t("undelivered.columns.what") },
              { label: t("undelivered.columns.status") },
              { label: t("undelivered.columns.problem"), wrap: "anywhere" },
            ]}
            rows={undeliveredEmail.map((m) => ({
              key: m.id,
              cells: [
                formatDateTime(m.createdAt),
                m.recipient,
                templates.has(`${m.kind}.name`) ? templates(`${m.kind}.name`) : m.kind,
                t(`undelivered.${m.status}`, { attempts: m.attempts }),
                m.lastError,
              ],
            }))}
          />
        </>
      )}
    </>
  );
}
