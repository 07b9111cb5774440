import { createContext, httpOptions } from "@lgp/api";
import { sharedDatabase } from "@lgp/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { notFound } from "next/navigation";
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
  const person = await sessionPerson(site);
  const database = await sharedDatabase();
  return fetchRequestHandler({
    ...httpOptions,
    req: request,
    createContext: () =>
      createContext(database, site, person, {
        ip: clientAddress(request.headers),
        userAgent: request.headers.get("user-agent"),
        url: request.headers.get(ORIGIN_HEADER) ?? "",
      }),
  });
}

export { handler as GET, handler as POST };
