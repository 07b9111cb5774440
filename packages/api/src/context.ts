import type { Site } from "@lgp/councils";
import type { Database } from "@lgp/db";

/**
 * What every procedure is given: the database and the site the request's host resolved to. The site
 * comes from the proxy's host resolution, never from the request's input, so no input can name
 * another council.
 */
export interface Context {
  database: Database;
  site: Site;
}

export function createContext(database: Database, site: Site): Context {
  return { database, site };
}
