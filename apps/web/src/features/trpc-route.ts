import { createContext, httpOptions } from "@lgp/api";
import { sharedDatabase } from "@lgp/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { AUTH_COOKIES, authCookieName } from "~/server/auth/cookies";
import { clientAddress } from "~/server/client-address";
import { sessionPerson } from "~/server/session";
import { decodeSite, ORIGIN_HEADER, SITE_HEADER } from "~/server/site-header";

/**
 * The tRPC endpoint, on every council's site and the platform host, for the site the proxy resolved.
 * The proxy read the registry's version for this very request and overwrites the site header on every
 * request, so the site is taken from the header as it stands, writes included: unlike a server action,
 * nothing here renders a page after a procedure that must show a change it made to the council, so
 * reading the registry again (as currentSite does for writes) would only repeat the proxy's answer.
 */
async function handler(request: Request) {
  const site = decodeSite(request.headers.get(SITE_HEADER));
  if (site?.kind !== "council" && site?.kind !== "platform") notFound();
  // On a council's site the API reads who the session names inside the council's own transaction
  // (middleware/council-scope.ts), rather than next-auth in one of its own first. A session used only
  // through the API is not extended: the site's pages extend it, through next-auth, as people use them.
  const sessionToken = site.kind === "council" ? ((await cookies()).get(authCookieName(AUTH_COOKIES.sessionToken))?.value ?? null) : null;
  const person = site.kind === "council" ? null : await sessionPerson(site);
  const database = await sharedDatabase();
  return fetchRequestHandler({
    ...httpOptions,
    req: request,
    createContext: () =>
      createContext(database, site, person, {
        ip: clientAddress(request.headers),
        userAgent: request.headers.get("user-agent"),
        url: request.headers.get(ORIGIN_HEADER) ?? "",
      }, sessionToken),
  });
}

export { handler as GET, handler as POST };
