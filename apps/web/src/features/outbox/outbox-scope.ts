import { sharedDatabase, type Scope } from "@lgp/db";
import { notFound } from "next/navigation";
import { outboxPage } from "~/env";
import { scopeFor } from "~/server/auth/scope";
import { currentSite } from "~/server/site";

/**
 * The scope whose outbox this site may show: absent (404) unless the outbox page is switched on. The
 * outbox readers add the other half, refusing once a real transport is set, so the page and its
 * downloads open and close together.
 */
export async function outboxScope(): Promise<Scope> {
  if (!outboxPage) notFound();
  return scopeFor(await sharedDatabase(), await currentSite());
}
