import { Body, Heading, Link } from "@lgp/ui";
import { api } from "~/server/api";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { currentPerson, siteName } from "~/server/session";
import { currentSite } from "~/server/site";
import { SignInForm } from "./sign-in-form";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ invited?: string }> }) {
  const site = await currentSite();
  if (await currentPerson()) redirect("/account");
  const t = await getTranslations("signIn");
  const common = await getTranslations("common");
  const invited = (await searchParams).invited === "accepted";
  const options = site.kind === "council" ? await (await api()).site.signInOptions() : { staffSso: false, oneLogin: false };
  return (
    <>
      {invited ? (
        <div className="mb-6 border-4 border-[#00703c] p-4" role="status">
          <p className="font-bold">{(await getTranslations("invitation"))("accepted")}</p>
        </div>
      ) : null}
      <Heading>{t("title", { site: await siteName(site) })}</Heading>
      <Body>{t("intro")}</Body>
      {options.oneLogin ? (
        <Body>
          <Link href="/sign-in/one-login">{t("oneLoginLink")}</Link>
        </Body>
      ) : null}
      {options.staffSso ? (
        <div className="mb-8 border-l-4 border-brand pl-4">
          <Heading level={2}>{t("staffHeading")}</Heading>
          <Body>
            <Link href="/sign-in/staff">{t("staffLink")}</Link>
          </Body>
        </div>
      ) : null}
      <SignInForm
        labels={{ email: t("emailLabel"), hint: t("emailHint"), submit: t("submit"), errorSummaryTitle: common("errorSummaryTitle"), errorPrefix: common("errorPrefix") }}
      />
    </>
  );
}
