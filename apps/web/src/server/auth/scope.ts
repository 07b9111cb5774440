import type { Site } from "@lgp/councils";
import { councilScope, platformScope, type Database, type Scope } from "@lgp/db";

/** The scope whose people a site signs in: the council's own, or the platform's operators. */
export function scopeFor(database: Database, site: Site): Scope {
  if (site.kind === "council") return councilScope(database, site.council.slug);
  if (site.kind === "platform") return platformScope(database);
  throw new Error("Only a council's site or the platform has people to sign in.");
}
