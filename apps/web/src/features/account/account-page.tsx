import { Body, Button, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "~/features/sign-in/actions";
import { requireSignedIn } from "~/server/access";
import { titled } from "~/server/page-title";

export const generateMetadata = () => titled("account");

export default async function AccountPage() {
  const person = await requireSignedIn();
  const t = await getTranslations("account");
  const roles = await getTranslations("roles");
  const signIn = await getTranslations("signIn");
  return (
    <>
      <Heading>{t("title")}</Heading>
      <Body>{t("signedInAs", { email: person.email })}</Body>
      <Heading level={2}>{t("rolesHeading")}</Heading>
      {person.roles.length === 0 ? (
        <Body>{t("noRoles")}</Body>
      ) : (
        <ul className="mb-6 list-disc pl-5" data-testid="roles">
          {person.roles.map((role) => (
            <li key={role}>{roles(role)}</li>
          ))}
        </ul>
      )}
      <form action={signOutAction}>
        <Button variant="secondary">{signIn("signOut")}</Button>
      </form>
    </>
  );
}
