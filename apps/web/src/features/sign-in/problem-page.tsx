import { Body, Heading, Link } from "@lgp/ui";
import { getTranslations } from "next-intl/server";

export async function generateMetadata({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const t = await getTranslations("signIn");
  return { title: (await searchParams).error === "AccessDenied" ? t("deniedTitle") : t("problemTitle") };
}

export default async function SignInProblemPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const t = await getTranslations("signIn");
  const denied = (await searchParams).error === "AccessDenied";
  return (
    <>
      <Heading>{denied ? t("deniedTitle") : t("problemTitle")}</Heading>
      <Body>{denied ? t("deniedBody") : t("problemBody")}</Body>
      <Body>
        <Link href="/sign-in">{t("again")}</Link>
      </Body>
    </>
  );
}
