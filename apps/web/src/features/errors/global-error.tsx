"use client";

import { Main } from "@lgp/ui";
import { NextIntlClientProvider } from "next-intl";
import messages from "../../../messages/en.json";
import { ErrorPage } from "./error-page";
import "../../app/globals.css";

/**
 * When a site's own layout fails, nothing of the site is left to draw around the error: this is the
 * whole document, with only the error page's messages.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body>
        <NextIntlClientProvider locale="en" messages={{ errorPage: messages.errorPage }}>
          <Main>
            <ErrorPage reference={error.digest} />
          </Main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
