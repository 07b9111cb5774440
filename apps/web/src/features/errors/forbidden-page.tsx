import { Body, Heading, Link } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { pageTitle, titled } from "~/server/page-title";
import { currentPerson } from "~/server/session";
import { currentSite } from "~/server/site";

/**
 * What a signed-in person sees on a page their roles do not open (requireRole answers 403 with this):
 * that it is not for them, and whom to ask, the council's admins or the platform's operators.
 */
/**
 * Titled twice over: by metadata where a console's layout refused, and by React's own title where the
 * page itself did (its metadata is then the page's, and the browser shows the first title in the head).
 */
export const generateMetadata = () => titled("forbidden");

export default async function ForbiddenPage() {
  const site = await currentSite();
  const person = await currentPerson();
  const t = await getTranslations("forbidden");
  return (
    <>
      <title>{await pageTitle(t("title"))}</title>
      <Heading>{t("title")}</Heading>
      {person ? <Body>{t("signedInAs", { email: person.email })}</Body> : null}
      <Body>{site.kind === "council" ? t("askAdmins", { council: site.council.name }) : t("askOperators")}</Body>
      <Body>
        <Link href="/">{t("home")}</Link>
      </Body>
    </>
  );
}
