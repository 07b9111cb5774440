import { Body, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { currentPerson, siteName } from "~/server/session";
import { currentSite } from "~/server/site";
import { SignInForm } from "./sign-in-form";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ invited?: string }> }) {
  const site = await currentSite();
  if (await currentPerson(site)) redirect("/account");
  const t = await getTranslations("signIn");
  const common = await getTranslations("common");
  const invited = (await searchParams).invited === "accepted";
  return (
    <>
      {invited ? (
        <div className="mb-6 border-4 border-[#00703c] p-4" role="status">
          <p className="font-bold">{(await getTranslations("invitation"))("accepted")}</p>
        </div>
      ) : null}
      <Heading>{t("title", { site: await siteName(site) })}</Heading>
      <Body>{t("intro")}</Body>
      <SignInForm
        labels={{ email: t("emailLabel"), hint: t("emailHint"), submit: t("submit"), errorSummaryTitle: common("errorSummaryTitle"), errorPrefix: common("errorPrefix") }}
      />
    </>
  );
}
