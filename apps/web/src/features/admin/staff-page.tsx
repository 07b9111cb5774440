import { Body, Button, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormChoices, FormTextInput } from "~/features/forms/action-form";
import { api } from "~/server/api";
import { inviteStaff, setStaffRoles } from "./actions";
import { AdminNav } from "./admin-nav";
import { requireCouncilAdmin } from "./guard";

/** The roles an admin gives directly (provider roles come with an organisation). */
const GRANTABLE = ["council_admin", "council_staff", "safeguarding_lead", "volunteer"] as const;

export default async function StaffPage() {
  const { council } = await requireCouncilAdmin();
  const staff = await (await api()).admin.staff();
  const t = await getTranslations("admin.staff");
  const roles = await getTranslations("roles");
  const common = await getTranslations("common");
  const e = common("errorPrefix");
  const choices = GRANTABLE.map((r) => ({ value: r, label: roles(r) }));
  return (
    <>
      <Heading caption={council.name}>{t("title")}</Heading>
      <AdminNav current="staff" />
      <Heading level={2}>{t("inviteHeading")}</Heading>
      <ActionForm action={inviteStaff} errorSummaryTitle={common("errorSummaryTitle")}>
        <FormTextInput id="email" type="email" label={t("email")} hint={t("emailHint")} errorPrefix={e} width="20" spellCheck={false} />
        <FormChoices type="radio" name="role" legend={t("role")} errorPrefix={e} checked={["council_staff"]} choices={choices} />
        <Button>{t("invite")}</Button>
      </ActionForm>
      <Heading level={2}>{t("listHeading")}</Heading>
      {staff.length === 0 ? <Body>{t("none")}</Body> : null}
      {staff.map((person) => (
        <section key={person.id} className="mb-6 border-t border-border pt-4" data-testid="staff-member" aria-label={person.email}>
          <Heading level={3}>{person.email}</Heading>
          <ActionForm action={setStaffRoles} errorSummaryTitle={common("errorSummaryTitle")}>
            <input type="hidden" name="personId" value={person.id} />
            <FormChoices
              type="checkbox"
              name="roles"
              id={`roles-${person.id}`}
              legend={t("rolesOf", { email: person.email })}
              hint={t("rolesHint")}
              errorPrefix={e}
              checked={person.roles}
              choices={choices}
            />
            <Button variant="secondary">{t("saveRoles", { email: person.email })}</Button>
          </ActionForm>
        </section>
      ))}
    </>
  );
}
