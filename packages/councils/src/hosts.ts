/**
 * Host → council. The one place that reads a request's host; everything downstream is given the
 * council this returns.
 */

/** Subdomains of the platform host that are never a council's, so no council can take them as a slug. */
export const RESERVED_SUBDOMAINS: ReadonlySet<string> = new Set([
  "www", "admin", "api", "app", "assets", "auth", "cdn", "docs", "help", "internal", "login", "mail",
  "metrics", "platform", "smtp", "static", "status", "support", "staging", "test", "dev",
]);

const HOSTNAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** Lower case, without port or trailing dot; null when it is not a hostname at all. */
export function normaliseHost(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const host = raw.trim().toLowerCase().replace(/:\d+$/, "").replace(/\.$/, "");
  return HOSTNAME.test(host) ? host : null;
}

export type HostMatch =
  | { kind: "platform" }
  | { kind: "council-domain"; host: string }
  | { kind: "council-slug"; slug: string }
  | { kind: "unknown" };

/** Where a host points, before the registry says whether a council is there. */
export function matchHost(raw: string | null | undefined, platformHost: string): HostMatch {
  const host = normaliseHost(raw);
  if (!host) return { kind: "unknown" };
  if (host === platformHost || host === `www.${platformHost}`) return { kind: "platform" };
  const suffix = `.${platformHost}`;
  if (host.endsWith(suffix)) {
    const label = host.slice(0, -suffix.length);
    if (label.includes(".") || RESERVED_SUBDOMAINS.has(label)) return { kind: "unknown" };
    return { kind: "council-slug", slug: label };
  }
  return { kind: "council-domain", host };
}
