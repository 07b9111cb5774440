import { Body, Button, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormTextInput } from "~/features/forms/action-form";
import { PendingInvitations } from "~/features/invitations/pending-invitations";
import { api } from "~/server/api";
import { requireRole } from "~/server/access";
import { formTitles, titled } from "~/server/page-title";
import { inviteMember, manageMemberInvitation } from "./actions";

export const generateMetadata = () => titled("organisation");

/** A provider organisation's owner sees its members and invites more. */
export default async function OrganisationPage() {
  await requireRole("provider_owner");
  const caller = await api();
  const [organisations, invitations] = await Promise.all([caller.organisation.mine(), caller.organisation.invitations()]);
  const t = await getTranslations("organisation");
  const form = await formTitles(t("title"));
  const roles = await getTranslations("roles");
  const common = await getTranslations("common");
  const pending = await getTranslations("pendingInvitations");
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
          <ActionForm action={inviteMember} {...form} idPrefix={`organisation-${o.id}-`}>
            <input type="hidden" name="organisationId" value={o.id} />
            <FormTextInput id={`organisation-${o.id}-email`} name="email" type="email" label={t("inviteLabel", { name: o.name })} hint={t("inviteHint")} errorPrefix={common("errorPrefix")} width="20" spellCheck={false} />
            <Button>{t("invite")}</Button>
          </ActionForm>
          <PendingInvitations
            heading={pending("headingFor", { name: o.name })}
            headingLevel={3}
            idPrefix={`organisation-${o.id}-`}
            invitations={invitations.filter((i) => i.organisationId === o.id)}
            action={manageMemberInvitation}
            titles={form}
          />
        </section>
      ))}
    </>
  );
}
