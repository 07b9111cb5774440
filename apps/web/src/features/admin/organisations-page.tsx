import { Body, Button, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormRadios, FormTextInput } from "~/features/forms/action-form";
import { api, currentCouncil } from "~/server/api";
import { addOrganisation } from "./actions";
import { formTitles, titled } from "~/server/page-title";

const KINDS = ["care_provider", "voluntary_group", "business"] as const;

export const generateMetadata = () => titled("admin.organisations");

export default async function OrganisationsPage() {
  const council = await currentCouncil();
  const organisations = await (await api()).admin.organisations();
  const t = await getTranslations("admin.organisations");
  const form = await formTitles(t("title"));
  const kinds = await getTranslations("organisationKinds");
  const common = await getTranslations("common");
  const e = common("errorPrefix");
  return (
    <>
      <Heading caption={council.name}>{t("title")}</Heading>
      <Body>{t("intro")}</Body>
      <Heading level={2}>{t("addHeading")}</Heading>
      <ActionForm action={addOrganisation} {...form}>
        <FormTextInput id="name" label={t("name")} errorPrefix={e} />
        <FormRadios name="kind" legend={t("kind")} errorPrefix={e} items={KINDS.map((k) => ({ value: k, label: kinds(k) }))} />
        <FormTextInput id="cqcLocationId" label={t("cqcLocationId")} hint={t("cqcLocationIdHint")} errorPrefix={e} width="10" spellCheck={false} />
        <FormTextInput id="charityNumber" label={t("charityNumber")} hint={t("charityNumberHint")} errorPrefix={e} width="10" spellCheck={false} />
        <FormTextInput id="ownerEmail" type="email" label={t("ownerEmail")} hint={t("ownerEmailHint")} errorPrefix={e} width="20" spellCheck={false} />
        <Button>{t("add")}</Button>
      </ActionForm>
      <Heading level={2}>{t("listHeading")}</Heading>
      {organisations.length === 0 ? (
        <Body>{t("none")}</Body>
      ) : (
        <ul className="list-disc pl-5" data-testid="organisations">
          {organisations.map((o) => (
            <li key={o.id}>
              {o.name} ({kinds(o.kind as (typeof KINDS)[number])}){o.cqcLocationId ? ` · ${t("cqcShown", { id: o.cqcLocationId })}` : ""}
              {o.charityNumber ? ` · ${t("charityShown", { number: o.charityNumber })}` : ""}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
