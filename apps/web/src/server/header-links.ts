import "server-only";
import { STAFF_ROLES, type CouncilRole } from "@lgp/identity";
import { getTranslations } from "next-intl/server";
import { currentPerson } from "./session";

/** The header's links for whoever is looking: sign in, or their account and the console their role opens. */
export async function headerLinks() {
  const t = await getTranslations("common");
  const person = await currentPerson();
  if (!person) return [{ href: "/sign-in", label: t("signIn") }];
  const links = [{ href: "/account", label: t("account") }];
  if (person.roles.some((r) => STAFF_ROLES.includes(r as CouncilRole))) links.push({ href: "/staff/people", label: t("peopleLink") });
  if (person.roles.includes("provider_owner")) links.push({ href: "/organisation", label: t("organisationLink") });
  if (person.roles.includes("council_admin")) links.push({ href: "/admin", label: t("adminConsole") });
  if (person.roles.includes("platform_operator")) links.push({ href: "/operator", label: t("operatorConsole") });
  return links;
}
