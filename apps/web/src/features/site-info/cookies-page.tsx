import { Body, Heading, Table } from "@lgp/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AUTH_COOKIES, authCookieName, SESSION_DAYS, SIGN_IN_CHECK_MINUTES } from "~/server/auth/cookies";

type CookieKey = keyof typeof AUTH_COOKIES;

const SIGN_IN = ["sessionToken", "csrfToken", "callbackUrl"] as const satisfies CookieKey[];
/** Set only by a sign-in through another service: staff sign-in and GOV.UK One Login, which only councils offer. */
const OTHER_SERVICE = ["pkceCodeVerifier", "state", "nonce"] as const satisfies CookieKey[];

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cookies"))("title") };
}

/** The cookies page: only strictly necessary cookies are set, so there is nothing to consent to. */
async function CookiesPage({ kind }: { kind: "council" | "platform" }) {
  const t = await getTranslations("cookies");
  const keys: CookieKey[] = kind === "council" ? [...SIGN_IN, ...OTHER_SERVICE] : [...SIGN_IN];
  const expires = (key: CookieKey) =>
    key === "sessionToken" ? t("expires.session", { days: SESSION_DAYS }) : key === "csrfToken" || key === "callbackUrl" ? t("expires.browser") : t("expires.minutes", { minutes: SIGN_IN_CHECK_MINUTES });
  return (
    <>
      <Heading>{t("title")}</Heading>
      <Body lead>{t("intro")}</Body>
      <Body>{t("onlyNecessary")}</Body>
      <Heading level={2}>{t("heading")}</Heading>
      <Body>{t(`${kind}Lead`)}</Body>
      <Table
        caption={t("caption")}
        captionSize="hidden"
        testId="cookies"
        columns={[{ label: t("columns.name"), wrap: "nowrap" }, { label: t("columns.purpose") }, { label: t("columns.expires") }]}
        rows={keys.map((key) => ({ key, cells: [<code key="name">{authCookieName(AUTH_COOKIES[key])}</code>, t(`purpose.${key}`), expires(key)] }))}
      />
    </>
  );
}

export async function CouncilCookiesPage() {
  return <CookiesPage kind="council" />;
}

export async function PlatformCookiesPage() {
  return <CookiesPage kind="platform" />;
}
