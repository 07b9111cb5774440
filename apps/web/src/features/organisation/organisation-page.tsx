import { Body, Button, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { ActionForm, FormTextInput } from "~/features/forms/action-form";
import { api } from "~/server/api";
import { currentPerson } from "~/server/session";
import { inviteMember } from "./actions";

/** A provider organisation's owner sees its members and invites more. */
export default async function OrganisationPage() {
  const person = await currentPerson();
  if (!person) redirect("/sign-in");
  if (!person.roles.includes("provider_owner")) notFound();
  const organisations = await (await api()).organisation.mine();
  const t = await getTranslations("organisation");
  const roles = await getTranslations("roles");
  const common = await getTranslations("common");
  return (
    <>
      <Heading>{t("title")}</Heading>
      {organisations.length === 0 ? <Body>{t("none")}</Body> : null}
      {organisations.map((o) => (
        <section key={o.id} aria-label={o.name}>
          <Heading level={2}>{t("membersHeading", { name: o.name })}</Heading>
          <ul className="mb-6 list-disc pl-5" data-testid="members">
            {o.members.map((m) => (
              <li key={`${m.email}-${m.role}`}>
                {m.email} ({roles(m.role as "provider_owner")})
              </li>
            ))}
          </ul>
          <ActionForm action={inviteMember} errorSummaryTitle={common("errorSummaryTitle")}>
            <input type="hidden" name="organisationId" value={o.id} />
            <FormTextInput id={`email-${o.id}`} type="email" label={t("inviteLabel", { name: o.name })} hint={t("inviteHint")} errorPrefix={common("errorPrefix")} width="20" spellCheck={false} />
            <Button>{t("invite")}</Button>
          </ActionForm>
        </section>
      ))}
    </>
  );
}
