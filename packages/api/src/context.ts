import type { Site } from "@lgp/councils";
import type { Database } from "@lgp/db";
import type { Role } from "@lgp/identity";

/**
 * A signed-in person: as a session presents them in the context, and as the site's own people know them
 * once a site is bound (middleware/site-person.ts), which is where their roles are read afresh.
 */
export interface Person {
  id: number;
  email: string;
  roles: Role[];
}

/** Where a request came from, for the audit log. */
export interface Origin {
  ip: string | null;
  userAgent: string | null;
  /** The site's origin (`https://www.kingston.gov.uk`), for links in emails. */
  url: string;
}

/**
 * What every procedure is given: the database, the site the request's host resolved to, and who a
 * session says is signed in there. The site comes from the proxy's host resolution and the person from
 * that site's own sessions, never from the request's input, so no input can name another council or
 * another person; binding the site then checks the person against that site's own people.
 */
export interface Context {
  database: Database;
  site: Site;
  person: Person | null;
  origin: Origin;
  /**
   * Over HTTP on a council's site, the session cookie's token instead of a person: binding the council
   * reads who it names inside the council's own transaction, one query rather than a transaction more.
   */
  sessionToken: string | null;
}

export function createContext(database: Database, site: Site, person: Person | null = null, origin?: Partial<Origin>, sessionToken: string | null = null): Context {
  return { database, site, person, origin: { ip: origin?.ip ?? null, userAgent: origin?.userAgent ?? null, url: origin?.url ?? "" }, sessionToken };
}
