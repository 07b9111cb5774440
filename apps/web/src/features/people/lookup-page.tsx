import { Body, Heading } from "@lgp/ui";
import { STAFF_ROLES, type CouncilRole } from "@lgp/identity";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { currentCouncil } from "~/server/api";
import { currentPerson } from "~/server/session";
import { LookupForm } from "./lookup-form";

export default async function PeopleLookupPage() {
  const council = await currentCouncil();
  const person = await currentPerson();
  if (!person) redirect("/sign-in");
  if (!person.roles.some((r) => STAFF_ROLES.includes(r as CouncilRole))) notFound();
  const t = await getTranslations("people");
  const common = await getTranslations("common");
  const roles = await getTranslations("roles");
  const roleNames = Object.fromEntries(["council_admin", "council_staff", "safeguarding_lead", "provider_owner", "provider_member", "volunteer", "resident"].map((r) => [r, roles(r as "resident")]));
  return (
    <>
      <Heading caption={council.name}>{t("title")}</Heading>
      <Body>{t("intro")}</Body>
      <LookupForm
        labels={{ email: t("email"), submit: t("submit"), notFound: t("notFound"), roles: t("roles"), signIn: t("signIn"), since: t("since"), errorSummaryTitle: common("errorSummaryTitle"), errorPrefix: common("errorPrefix"), roleNames }}
      />
    </>
  );
}
