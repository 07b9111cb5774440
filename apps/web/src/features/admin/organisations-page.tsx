import { Body, Button, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormChoices, FormTextInput } from "~/features/forms/action-form";
import { api } from "~/server/api";
import { addOrganisation } from "./actions";
import { AdminNav } from "./admin-nav";
import { requireCouncilAdmin } from "./guard";

const KINDS = ["care_provider", "voluntary_group", "business"] as const;

export default async function OrganisationsPage() {
  const { council } = await requireCouncilAdmin();
  const organisations = await (await api()).admin.organisations();
  const t = await getTranslations("admin.organisations");
  const kinds = await getTranslations("organisationKinds");
  const common = await getTranslations("common");
  const e = common("errorPrefix");
  return (
    <>
      <Heading caption={council.name}>{t("title")}</Heading>
      <AdminNav current="organisations" />
      <Body>{t("intro")}</Body>
      <Heading level={2}>{t("addHeading")}</Heading>
      <ActionForm action={addOrganisation} errorSummaryTitle={common("errorSummaryTitle")}>
        <FormTextInput id="name" label={t("name")} errorPrefix={e} />
        <FormChoices type="radio" name="kind" legend={t("kind")} errorPrefix={e} checked={[]} choices={KINDS.map((k) => ({ value: k, label: kinds(k) }))} />
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
              {o.name} ({kinds(o.kind as (typeof KINDS)[number])})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
