import "server-only";
import type { Site } from "@lgp/councils";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { registry } from "./registry";
import { SITE_HEADER } from "./site-header";

/**
 * The site this request is for, as the proxy resolved it from the host. For server actions and route
 * handlers, which have no route params; the proxy overwrites the header on every request, so a visitor
 * cannot choose it.
 */
export const currentSite = cache(async (): Promise<Site> => {
  const value = (await headers()).get(SITE_HEADER);
  if (value === "platform") return { kind: "platform" };
  if (value?.startsWith("council:")) {
    const council = await (await registry()).council(value.slice("council:".length));
    if (council?.status === "active") return { kind: "council", council };
  }
  notFound();
});
