import { Body, Heading, Link } from "@lgp/ui";
import { getTranslations } from "next-intl/server";

export default async function SignInProblemPage() {
  const t = await getTranslations("signIn");
  return (
    <>
      <Heading>{t("problemTitle")}</Heading>
      <Body>{t("problemBody")}</Body>
      <Body>
        <Link href="/sign-in">{t("again")}</Link>
      </Body>
    </>
  );
}
