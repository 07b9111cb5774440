import type { Site } from "@lgp/councils";

/**
 * The request header through which the proxy tells server code which site it resolved, the council's
 * registry entry included, so a request's council is resolved once: pages and procedures read it here
 * rather than asking the registry again.
 */
export const SITE_HEADER = "x-lgp-site";

/** …and that the request may write (a POST: a server action, a form without JavaScript). */
export const WRITE_HEADER = "x-lgp-write";

/** Header values are bytes, and a council's name need not be ASCII. */
export const encodeSite = (site: Site): string => encodeURIComponent(JSON.stringify(site));

export function decodeSite(value: string | null): Site | null {
  if (!value) return null;
  const site = JSON.parse(decodeURIComponent(value)) as Site;
  if (site.kind === "council" || site.kind === "unavailable") site.council.updatedAt = new Date(site.council.updatedAt);
  return site;
}
/** …and the origin it was reached at (`https://www.kingston.gov.uk`), for links that must point back to it. */
export const ORIGIN_HEADER = "x-lgp-origin";
/**
 * …and the path and query the person asked for (`/admin/audit?page=2`), before the proxy's rewrite: to
 * send them back there after signing in, and to mark where they are in a console's navigation.
 */
export const PATH_HEADER = "x-lgp-path";
