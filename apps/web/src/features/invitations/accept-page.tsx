import { Body, Button, Heading, Link } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { currentCouncil } from "~/server/api";
import { acceptInvitationAction } from "./actions";
import { titled } from "~/server/page-title";

const PROBLEMS = ["unknown", "expired", "used", "cancelled"] as const;

export const generateMetadata = () => titled("invitation");

/**
 * Following the emailed link shows this page; accepting is a separate POST, so a mail scanner that
 * fetches links cannot accept an invitation on someone's behalf.
 */
export default async function AcceptInvitationPage({ searchParams }: { searchParams: Promise<{ token?: string; problem?: string }> }) {
  const council = await currentCouncil();
  const { token, problem } = await searchParams;
  const t = await getTranslations("invitation");
  const signIn = await getTranslations("signIn");
  const known = PROBLEMS.find((p) => p === problem);
  return (
    <>
      <Heading>{t("title")}</Heading>
      {known || !token ? (
        <>
          <Body>{t(`problems.${known ?? "unknown"}`)}</Body>
          <Body>
            <Link href="/sign-in">{signIn("again")}</Link>
          </Body>
        </>
      ) : (
        <>
          <Body>{t("body", { council: council.name })}</Body>
          <form action={acceptInvitationAction} method="post">
            <input type="hidden" name="token" value={token} />
            <Button>{t("accept")}</Button>
          </form>
        </>
      )}
    </>
  );
}
