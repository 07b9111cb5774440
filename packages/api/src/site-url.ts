/** A council's site on the platform, at the same scheme and port as the platform the operator is using. */
export function councilSiteUrl(platformOrigin: string, slug: string): string {
  const url = new URL(platformOrigin);
  url.hostname = `${slug}.${url.hostname}`;
  return url.origin;
}
