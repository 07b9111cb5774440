import "server-only";
import { createCaller, createContext } from "@lgp/api";
import type { Council } from "@lgp/councils";
import { sharedDatabase } from "@lgp/db";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { clientAddress } from "./client-address";
import { currentPerson } from "./session";
import { currentSite } from "./site";
import { ORIGIN_HEADER } from "./site-header";

/**
 * The tRPC procedures for this request, with every guarantee they carry over HTTP: pages and server
 * actions call these, never the domain packages directly, so a form is checked exactly as the API is.
 */
export const api = cache(async () => {
  const site = await currentSite();
  const h = await headers();
  const person = await currentPerson();
  return createCaller(
    createContext(await sharedDatabase(), site, person, { ip: clientAddress(h), userAgent: h.get("user-agent"), url: h.get(ORIGIN_HEADER) ?? "" }),
  );
});

/** The council whose site this is (404 elsewhere). */
export async function currentCouncil(): Promise<Council> {
  const site = await currentSite();
  if (site.kind !== "council") notFound();
  return site.council;
}
