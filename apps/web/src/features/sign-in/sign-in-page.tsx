import { Body, Heading, Link, NotificationBanner } from "@lgp/ui";
import { api } from "~/server/api";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { currentPerson, siteName } from "~/server/session";
import { formTitles } from "~/server/page-title";
import { safeReturnTo } from "~/server/return-to";
import { currentSite } from "~/server/site";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata() {
  return { title: (await getTranslations("signIn"))("pageTitle") };
}

/** `returnTo` is the page that sent the person here; each way of signing in brings them back to it. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<{ invited?: string; returnTo?: string }> }) {
  const site = await currentSite();
  const query = await searchParams;
  const returnTo = safeReturnTo(query.returnTo);
  if (await currentPerson()) redirect(returnTo ?? "/account");
  const t = await getTranslations("signIn");
  const common = await getTranslations("common");
  const invited = query.invited === "accepted";
  const back = returnTo ? `?${new URLSearchParams({ returnTo })}` : "";
  const options = site.kind === "council" ? await (await api()).site.signInOptions() : { staffSso: false, oneLogin: false };
  return (
    <>
      {invited ? (
        <NotificationBanner variant="success" title={common("success")} heading={(await getTranslations("invitation"))("accepted")} />
      ) : null}
      <Heading>{t("title", { site: await siteName(site) })}</Heading>
      <Body>{t("intro")}</Body>
      {options.oneLogin ? (
        <Body>
          <Link href={`/sign-in/one-login${back}`}>{t("oneLoginLink")}</Link>
        </Body>
      ) : null}
      {options.staffSso ? (
        <div className="mb-8 border-l-4 border-brand pl-4">
          <Heading level={2}>{t("staffHeading")}</Heading>
          <Body>
            <Link href={`/sign-in/staff${back}`}>{t("staffLink")}</Link>
          </Body>
        </div>
      ) : null}
      <SignInForm
        returnTo={returnTo}
        labels={{ email: t("emailLabel"), hint: t("emailHint"), submit: t("submit"), ...(await formTitles(t("pageTitle"))), errorPrefix: common("errorPrefix") }}
      />
    </>
  );
}
