import { createContext, httpOptions } from "@lgp/api";
import { sharedDatabase } from "@lgp/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { clientAddress } from "~/server/client-address";
import { currentPerson } from "~/server/session";
import { currentSite } from "~/server/site";
import { ORIGIN_HEADER } from "~/server/site-header";

/** The tRPC endpoint, on every council's site and the platform host, for the site the proxy resolved. */
async function handler(request: Request) {
  const site = await currentSite();
  const person = await currentPerson();
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
