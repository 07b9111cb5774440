import { Body, Heading, Link } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { requireSignedIn } from "~/server/access";
import { chosenSignUp } from "./chosen-helper";

export const generateMetadata = async () => ({ title: (await getTranslations("helping.signUp"))("sentTitle") });

/** The confirmation after a sign-up is sent: what happens next. */
export default async function SentPage({ searchParams }: { searchParams: Promise<{ helper?: string }> }) {
  await requireSignedIn();
  const { helper } = await chosenSignUp((await searchParams).helper);
  const t = await getTranslations("helping.signUp");
  return (
    <>
      <div className="mb-8 bg-success p-6 text-center text-white">
        <h1 className="mb-4 text-3xl font-bold sm:text-5xl">{t("sentTitle")}</h1>
        <p className="text-xl">{helper.publicName}</p>
      </div>
      <Heading level={2}>{t("sentNext")}</Heading>
      <Body>{t("sentBody")}</Body>
      <Body>
        <Link href="/helping">{t("sentHome")}</Link>
      </Body>
    </>
  );
}
