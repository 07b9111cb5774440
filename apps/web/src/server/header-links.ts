import "server-only";
import { holdsStaffRole } from "@lgp/identity";
import { moduleLinks } from "@lgp/modules";
import { getTranslations } from "next-intl/server";
import { currentPerson } from "./session";
import { currentSite } from "./site";

/**
 * The header's links for whoever is looking: the council's switched-on modules' links for their
 * audience, then sign in, or their account and the console their role opens.
 */
export async function headerLinks() {
  const t = await getTranslations("common");
  const names = await getTranslations("modules");
  const site = await currentSite();
  const person = await currentPerson();
  const isStaff = !!person && holdsStaffRole(person.roles);
  const forModules = (audience: "residents" | "staff" | "admins") =>
    site.kind === "council"
      ? moduleLinks(site.council, audience)
          .filter((l) => !l.roles || l.roles.some((role) => person?.roles.includes(role)))
          .map((l) => ({ href: l.href, label: names(`${l.module}.${l.label}`) }))
      : [];
  const links = forModules("residents");
  if (!person) return [...links, { href: "/sign-in", label: t("signIn") }];
  links.push({ href: "/account", label: t("account") });
  if (isStaff) links.push({ href: "/staff/people", label: t("peopleLink") }, ...forModules("staff"));
  if (person.roles.includes("provider_owner")) links.push({ href: "/organisation", label: t("organisationLink") });
  if (person.roles.includes("council_admin")) links.push({ href: "/admin", label: t("adminConsole") }, ...forModules("admins"));
  if (person.roles.includes("platform_operator")) links.push({ href: "/operator", label: t("operatorConsole") });
  return links;
}
