import { Body, Button, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormCheckboxes, FormRadios, FormTextInput } from "~/features/forms/action-form";
import { PendingInvitations } from "~/features/invitations/pending-invitations";
import { api, currentCouncil } from "~/server/api";
import { inviteStaff, manageStaffInvitation, setStaffRoles } from "./actions";
import { formTitles, titled } from "~/server/page-title";

/** The roles an admin gives directly (provider roles come with an organisation). */
const GRANTABLE = ["council_admin", "council_staff", "safeguarding_lead", "referrer", "volunteer"] as const;

export const generateMetadata = () => titled("admin.staff");

export default async function StaffPage() {
  const council = await currentCouncil();
  const caller = await api();
  const [staff, invitations] = await Promise.all([caller.admin.staff(), caller.admin.invitations()]);
  const t = await getTranslations("admin.staff");
  const form = await formTitles(t("title"));
  const roles = await getTranslations("roles");
  const common = await getTranslations("common");
  const e = common("errorPrefix");
  const choices = GRANTABLE.map((r) => ({ value: r, label: roles(r) }));
  return (
    <>
      <Heading caption={council.name}>{t("title")}</Heading>
      <Heading level={2}>{t("inviteHeading")}</Heading>
      <ActionForm action={inviteStaff} {...form}>
        <FormTextInput id="email" type="email" label={t("email")} hint={t("emailHint")} errorPrefix={e} width="20" spellCheck={false} />
        <FormRadios name="role" legend={t("role")} errorPrefix={e} value="council_staff" items={choices} />
        <Button>{t("invite")}</Button>
      </ActionForm>
      <PendingInvitations
        heading={(await getTranslations("pendingInvitations"))("heading")}
        invitations={invitations}
        action={manageStaffInvitation}
        titles={form}
      />
      <Heading level={2}>{t("listHeading")}</Heading>
      {staff.length === 0 ? <Body>{t("none")}</Body> : null}
      {staff.map((person) => (
        <section key={person.id} className="mb-6 border-t border-border pt-4" data-testid="staff-member" aria-label={person.email}>
          <Heading level={3}>{person.email}</Heading>
          <ActionForm action={setStaffRoles} {...form} idPrefix={`person-${person.id}-`}>
            <input type="hidden" name="personId" value={person.id} />
            <FormCheckboxes
              name="roles"
              id={`person-${person.id}-roles`}
              legend={t("rolesOf", { email: person.email })}
              hint={t("rolesHint")}
              errorPrefix={e}
              values={person.roles}
              items={choices}
            />
            <Button variant="secondary">{t("saveRoles", { email: person.email })}</Button>
          </ActionForm>
        </section>
      ))}
    </>
  );
}
