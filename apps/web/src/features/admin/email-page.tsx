import { formatDateTime } from "@lgp/time";
import { Body, Button, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormChoices, FormTextInput } from "~/features/forms/action-form";
import { api } from "~/server/api";
import { saveEmail } from "./actions";
import { AdminNav } from "./admin-nav";
import { requireCouncilAdmin } from "./guard";

export default async function EmailPage() {
  const { council } = await requireCouncilAdmin();
  const { email, undeliveredEmail } = await (await api()).admin.overview();
  const shown = (key: string) => (typeof email[key] === "string" || typeof email[key] === "number" ? String(email[key]) : "");
  const t = await getTranslations("admin.email");
  const common = await getTranslations("common");
  const e = common("errorPrefix");
  return (
    <>
      <Heading caption={council.name}>{t("title")}</Heading>
      <AdminNav current="email" />
      <ActionForm action={saveEmail} errorSummaryTitle={common("errorSummaryTitle")}>
        <FormChoices
          type="radio"
          name="transport"
          legend={t("transport")}
          errorPrefix={e}
          checked={[String(email.transport)]}
          choices={[
            { value: "outbox", label: t("outbox"), hint: t("outboxHint") },
            { value: "smtp", label: t("smtp"), hint: t("smtpHint") },
            { value: "notify", label: t("notify"), hint: t("notifyHint") },
          ]}
        />
        <Heading level={2}>{t("smtpHeading")}</Heading>
        <FormTextInput id="host" label={t("host")} errorPrefix={e} defaultValue={shown("host")} width="20" />
        <FormTextInput id="port" label={t("port")} errorPrefix={e} defaultValue={shown("port") || "465"} width="10" />
        <FormChoices type="checkbox" name="secure" legend={t("secureLegend")} errorPrefix={e} checked={email.secure === false ? [] : ["yes"]} choices={[{ value: "yes", label: t("secure") }]} />
        <FormTextInput id="user" label={t("user")} errorPrefix={e} defaultValue={shown("user")} width="20" />
        <FormTextInput id="password" type="password" autoComplete="new-password" label={t("password")} hint={shown("password") ? t("secretKept", { masked: shown("password") }) : undefined} errorPrefix={e} width="20" />
        <FormTextInput id="from" type="email" label={t("from")} errorPrefix={e} defaultValue={shown("from")} width="20" />
        <Heading level={2}>{t("notifyHeading")}</Heading>
        <FormTextInput id="apiKey" type="password" autoComplete="new-password" label={t("apiKey")} hint={shown("apiKey") ? t("secretKept", { masked: shown("apiKey") }) : undefined} errorPrefix={e} />
        <FormTextInput id="signInTemplateId" label={t("signInTemplateId")} errorPrefix={e} defaultValue={shown("signInTemplateId")} />
        <FormTextInput id="invitationTemplateId" label={t("invitationTemplateId")} errorPrefix={e} defaultValue={shown("invitationTemplateId")} />
        <Button>{t("save")}</Button>
      </ActionForm>
      <Heading level={2}>{t("undelivered.heading")}</Heading>
      {undeliveredEmail.length === 0 ? (
        <Body>{t("undelivered.none")}</Body>
      ) : (
        <>
          <Body>{t("undelivered.lead")}</Body>
          <div className="overflow-x-auto">
            <table className="mb-6 w-full border-collapse text-left" data-testid="undelivered-email">
              <caption className="sr-only">{t("undelivered.heading")}</caption>
              <thead>
                <tr className="border-b-2 border-text">
                  {(["when", "to", "what", "status", "problem"] as const).map((c) => (
                    <th key={c} scope="col" className="py-2 pr-4">
                      {t(`undelivered.columns.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {undeliveredEmail.map((m) => (
                  <tr key={m.id} className="border-b border-border align-top">
                    <td className="py-2 pr-4">{formatDateTime(m.createdAt)}</td>
                    <td className="py-2 pr-4 break-all">{m.recipient}</td>
                    <td className="py-2 pr-4">{m.kind === "sign-in" || m.kind === "invitation" ? t(`undelivered.kinds.${m.kind}`) : m.kind}</td>
                    <td className="py-2 pr-4">{t(`undelivered.${m.status}`, { attempts: m.attempts })}</td>
                    <td className="py-2 pr-4 break-words">{m.lastError}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
