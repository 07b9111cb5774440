import "server-only";
import NextAuth, { type NextAuthResult } from "next-auth";
import type { Site } from "@lgp/councils";
import { councilScope, sharedDatabase } from "@lgp/db";
import { loadOneLogin, loadStaffSso, oneLoginProvider } from "@lgp/identity";
import type { Provider } from "next-auth/providers";
import { authConfig } from "./config";

const key = Symbol.for("lgp.auth");
type Holder = { [key]?: Map<string, { version: number; auth: NextAuthResult }> };

/**
 * One next-auth per site, rebuilt when the council's record changes (saving its staff sign-in settings
 * marks it changed).
 * Kept on globalThis: route handlers and pages are bundled apart but share the process.
 */
export async function authFor(site: Site): Promise<NextAuthResult> {
  if (site.kind !== "council" && site.kind !== "platform") throw new Error("No sign-in here.");
  const holder = globalThis as Holder;
  const cache = (holder[key] ??= new Map());
  const id = site.kind === "council" ? `council:${site.council.slug}` : "platform";
  const version = site.kind === "council" ? site.council.updatedAt.getTime() : 0;
  const cached = cache.get(id);
  if (cached && cached.version === version) return cached.auth;
  const database = await sharedDatabase();
  const scope = site.kind === "council" ? councilScope(database, site.council.slug) : null;
  const [staffSso, oneLogin] = scope ? await scope.run(async (tx) => [await loadStaffSso(tx, scope), await loadOneLogin(tx, scope)] as const) : [null, null];
  const auth = NextAuth(authConfig(database, site, staffSso, oneLogin ? ((await oneLoginProvider(oneLogin)) as Provider) : null));
  cache.set(id, { version, auth });
  return auth;
}
