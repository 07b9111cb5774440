"use client";

import { Body, Heading, Link } from "@lgp/ui";
import { useTranslations } from "next-intl";

/**
 * GOV.UK's "there is a problem with the service" page. `reference` is Next's digest of the error, which
 * the server logs beside the error itself (instrumentation.ts), so a person who quotes it can be helped.
 */
export function ErrorPage({ reference }: { reference?: string }) {
  const t = useTranslations("errorPage");
  // A raw message: the title carries the site's name, which is not for message formatting to read.
  const title = t.has("documentTitle") ? t.raw("documentTitle") : t("title");
  return (
    <>
      <title>{title}</title>
      <Heading>{t("title")}</Heading>
      <Body>{t("later")}</Body>
      {reference ? (
        <Body>
          {t("reference")} <strong data-testid="error-reference">{reference}</strong>
        </Body>
      ) : (
        <Body>{t("noReference")}</Body>
      )}
      <Body>
        <Link href="/">{t("home")}</Link>
      </Body>
    </>
  );
}
