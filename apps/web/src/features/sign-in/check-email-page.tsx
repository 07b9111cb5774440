import { Body, Heading, Link } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { SIGN_IN_LINK_MINUTES } from "~/server/auth/config";

export async function generateMetadata() {
  return { title: (await getTranslations("signIn"))("checkTitle") };
}

export default async function CheckEmailPage() {
  const t = await getTranslations("signIn");
  return (
    <>
      <Heading>{t("checkTitle")}</Heading>
      <Body>{t("checkBody", { minutes: SIGN_IN_LINK_MINUTES })}</Body>
      <Body>{t("checkSpam")}</Body>
      <Body>
        <Link href="/sign-in">{t("again")}</Link>
      </Body>
    </>
  );
}
