import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { pageTitle } from "~/server/page-title";

/**
 * Error pages are drawn in the browser (Next's error boundaries are client components), so the site's
 * layout hands them their own messages, and no others, with the page title for this site.
 */
export async function ErrorMessages({ children }: { children: ReactNode }) {
  const { errorPage } = await getMessages();
  const documentTitle = await pageTitle((await getTranslations("errorPage"))("title"));
  return <NextIntlClientProvider messages={{ errorPage: { ...(errorPage as object), documentTitle } }}>{children}</NextIntlClientProvider>;
}
