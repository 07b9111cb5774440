/**
 * Where a person goes after signing in: a path on this same site, or nowhere in particular. Only a
 * path no browser could read as another site's address is kept: not `//evil.example` or
 * `/\evil.example` (browsers take both for a host), not an absolute address, nothing with spaces or
 * control characters (browsers drop tabs and line breaks, which could join `/` and `/evil.example`).
 * The site's own address is never taken from here: next-auth resolves the path against the address the
 * proxy found in the registry.
 */
export function safeReturnTo(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 2000) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\") || /[\s\p{Cc}]/u.test(value)) return null;
  const base = "http://return-to.invalid";
  const url = new URL(value, base);
  if (url.origin !== base) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, remembering where to come back to (the home page and account need no reminder). */
export function signInPath(returnTo: string | null): string {
  const path = safeReturnTo(returnTo);
  return path && path !== "/" && path !== "/account" ? `/sign-in?${new URLSearchParams({ returnTo: path })}` : "/sign-in";
}
