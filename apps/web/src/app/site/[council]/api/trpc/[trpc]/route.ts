import { appRouter, createContext } from "@lgp/api";
import { sharedDatabase } from "@lgp/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { councilForRoute } from "~/server/council";

type Params = { params: Promise<{ council: string }> };

async function handler(request: Request, { params }: Params) {
  const council = await councilForRoute((await params).council);
  const database = await sharedDatabase();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () => createContext(database, { kind: "council", council }),
  });
}

export { handler as GET, handler as POST };
