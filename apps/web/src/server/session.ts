import "server-only";
import type { Site } from "@lgp/councils";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { authFor } from "./auth/instances";

/** The signed-in person on this site, or null. Their roles are read afresh from the site's schema. */
export const currentPerson = cache(async (site: Site) => {
  const session = await (await authFor(site)).auth();
  return session?.person ?? null;
});

export async function siteName(site: Site): Promise<string> {
  return site.kind === "council" ? site.council.name : (await getTranslations("common"))("platformName");
}
