import { env } from "./env";
import type { Council } from "./registry";

/**
 * Every absolute address the platform emits is built here, from the registry and configuration: a
 * request can choose which of a site's registered hosts it used, never a host, scheme or port of its own.
 */
export function originOf(host: string): string {
  const standard = env.PLATFORM_SCHEME === "https" ? 443 : 80;
  const port = env.PLATFORM_PORT && env.PLATFORM_PORT !== standard ? `:${env.PLATFORM_PORT}` : "";
  return `${env.PLATFORM_SCHEME}://${host}${port}`;
}

/** The platform's own site (its `www.` alias included) is always addressed at PLATFORM_HOST. */
export function platformAddress(): string {
  return originOf(env.PLATFORM_HOST);
}

/**
 * A council's address: at `host` when that is one of the council's registered hosts (so a person stays
 * on the address they chose, where their host-only cookies are), else at its first own domain, else at
 * `<slug>.<platform host>`.
 */
export function councilAddress(council: Pick<Council, "slug" | "hosts">, host?: string | null): string {
  const registered = [...council.hosts, `${council.slug}.${env.PLATFORM_HOST}`];
  return originOf(host && registered.includes(host) ? host : registered[0]!);
}
