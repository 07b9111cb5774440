import "server-only";
import { createCaller, createContext } from "@lgp/api";
import type { Council } from "@lgp/councils";
import { sharedDatabase } from "@lgp/db";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { requestPath } from "./access";
import { clientAddress } from "./client-address";
import { signInPath } from "./return-to";
import { currentPerson } from "./session";
import { currentSite } from "./site";
import { ORIGIN_HEADER } from "./site-header";

/**
 * A procedure's refusal becomes the site's own answer rather than an error logged with its stack: "not
 * found" (a module switched off, an id that is not there) the 404 page, "sign in" the sign-in page (and
 * back here after), "not allowed" the 403 page. Next renders a page alongside its layouts, so a page's
 * calls can meet a console's refusal before the console's layout gives it; either way the answer is one.
 */
function refusalsAsPages<T extends object>(target: T): T {
  return new Proxy(target, {
    get: (t, key) => {
      const value = Reflect.get(t, key) as unknown;
      return typeof value === "function" || (typeof value === "object" && value !== null) ? refusalsAsPages(value as object) : value;
    },
    apply: async (t, self, args) => {
      try {
        return await Reflect.apply(t as (...a: unknown[]) => unknown, self, args);
      } catch (error) {
        if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
        if (error instanceof TRPCError && error.code === "UNAUTHORIZED") redirect(signInPath(await requestPath()));
        if (error instanceof TRPCError && error.code === "FORBIDDEN") forbidden();
        throw error;
      }
    },
  });
}

/**
 * The tRPC procedures for this request, with every guarantee they carry over HTTP: pages and server
 * actions call these, never the domain packages directly, so a form is checked exactly as the API is.
 */
export const api = cache(async () => {
  const site = await currentSite();
  const h = await headers();
  const person = await currentPerson();
  const caller = createCaller(
    createContext(await sharedDatabase(), site, person, { ip: clientAddress(h), userAgent: h.get("user-agent"), url: h.get(ORIGIN_HEADER) ?? "" }),
  );
  return refusalsAsPages(caller);
});

/** The council whose site this is (404 elsewhere). */
export async function currentCouncil(): Promise<Council> {
  const site = await currentSite();
  if (site.kind !== "council") notFound();
  return site.council;
}
