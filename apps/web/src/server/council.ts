import "server-only";
import { createCaller, createContext } from "@lgp/api";
import type { Council } from "@lgp/councils";
import { sharedDatabase } from "@lgp/db";
import { notFound } from "next/navigation";
import { cache } from "react";
import { registry } from "./registry";

/**
 * The council a page is for. The proxy put its slug in the route after resolving the host, so this is
 * the host's council and no other (any path a visitor types is nested beneath it).
 */
export const councilForRoute = cache(async (slug: string): Promise<Council> => {
  const council = await (await registry()).council(slug);
  if (!council || council.status !== "active") notFound();
  return council;
});

/** tRPC procedures for this council's page, with every guarantee they carry over HTTP. */
export const councilApi = cache(async (slug: string) => {
  const council = await councilForRoute(slug);
  return createCaller(createContext(await sharedDatabase(), { kind: "council", council }));
});

export const platformApi = cache(async () => createCaller(createContext(await sharedDatabase(), { kind: "platform" })));
