import "server-only";
import type { Site } from "@lgp/councils";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { registry } from "./registry";
import { decodeSite, SITE_HEADER, WRITE_HEADER } from "./site-header";

/**
 * The site this request is for, as the proxy resolved it from the host. For server actions and route
 * handlers, which have no route params; the proxy overwrites the header on every request, so a visitor
 * cannot choose it.
 */
export const currentSite = cache(async (): Promise<Site> => {
  const given = await headers();
  const site = decodeSite(given.get(SITE_HEADER));
  if (site?.kind === "platform") return site;
  if (site?.kind === "council") {
    // A write may have changed the council itself (its modules, its brand), and the page it renders
    // afterwards must show the change: only then is the registry read again.
    if (!given.get(WRITE_HEADER)) return site;
    const council = await (await registry()).council(site.council.slug);
    if (council?.status === "active") return { kind: "council", council };
  }
  notFound();
});

/** The suspended or not-yet-open council the proxy sent to the unavailable page. */
export const unavailableCouncil = cache(async () => {
  const site = decodeSite((await headers()).get(SITE_HEADER));
  if (site?.kind !== "unavailable") notFound();
  return site.council;
});
