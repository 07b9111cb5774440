import { Body, Heading } from "@lgp/ui";
import { COUNCIL_ROLES, ONE_LOGIN, STAFF_ROLES } from "@lgp/identity";
import { getTranslations } from "next-intl/server";
import { currentCouncil } from "~/server/api";
import { STAFF_SSO } from "~/server/auth/config";
import { requireRole } from "~/server/access";
import { formTitles, titled } from "~/server/page-title";
import { LookupForm } from "./lookup-form";

export const generateMetadata = () => titled("people");

export default async function PeopleLookupPage() {
  const council = await currentCouncil();
  await requireRole(...STAFF_ROLES);
  const t = await getTranslations("people");
  const common = await getTranslations("common");
  const roles = await getTranslations("roles");
  const roleNames = Object.fromEntries(COUNCIL_ROLES.map((r) => [r, roles(r)]));
  // A person's sign-in methods are the providers' ids: each is shown by what it is to the person reading.
  const methodNames = Object.fromEntries(["email", STAFF_SSO, ONE_LOGIN].map((m) => [m, t(`signInMethods.${m}`)]));
  return (
    <>
      <Heading caption={council.name}>{t("title")}</Heading>
      <Body>{t("intro")}</Body>
      <LookupForm
        labels={{ email: t("email"), submit: t("submit"), notFound: t("notFound"), roles: t("roles"), signIn: t("signIn"), since: t("since"), ...(await formTitles(t("title"))), errorPrefix: common("errorPrefix"), roleNames, methodNames }}
      />
    </>
  );
}
