import "server-only";
import type { Site } from "@lgp/councils";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { authFor } from "./auth/instances";
import { currentSite } from "./site";

/** The person a session on `site` names, or null; their roles are read afresh from the site's schema. */
export async function sessionPerson(site: Site) {
  if (site.kind !== "council" && site.kind !== "platform") return null;
  const session = await (await authFor(site)).auth();
  return session?.person ?? null;
}

/**
 * The signed-in person on this request's site, or null, once per request (React's cache keys on
 * arguments, so this takes none).
 */
export const currentPerson = cache(async () => sessionPerson(await currentSite()));

export async function siteName(site: Site): Promise<string> {
  return site.kind === "council" ? site.council.name : (await getTranslations("common"))("platformName");
}
