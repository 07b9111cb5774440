import "server-only";
import type { Site } from "@lgp/councils";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { decodeSite, SITE_HEADER } from "./site-header";

/**
 * The site this request is for, as the proxy resolved it from the host. For server actions and route
 * handlers, which have no route params; the proxy overwrites the header on every request, so a visitor
 * cannot choose it.
 */
export const currentSite = cache(async (): Promise<Site> => {
  const site = decodeSite((await headers()).get(SITE_HEADER));
  if (site?.kind === "platform" || site?.kind === "council") return site;
  notFound();
});

/** The suspended or not-yet-open council the proxy sent to the unavailable page. */
export const unavailableCouncil = cache(async () => {
  const site = decodeSite((await headers()).get(SITE_HEADER));
  if (site?.kind !== "unavailable") notFound();
  return site.council;
});
