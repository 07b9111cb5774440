export type Policy = "page" | "asset";

/**
 * Response headers every response carries, and the refusal of cross-site form posts. On pages, scripts
 * run only with this response's nonce (Next.js applies it to its own scripts), so an injected inline
 * script does not; styles may be inline, as the council's brand colours are set on <html>. A council's
 * uploaded file (an SVG logo can hold scripts and links) is served as a sandboxed document that may load
 * nothing at all.
 */
export function securityHeaders(nonce: string, https: boolean, policy: Policy = "page"): Record<string, string> {
  const csp =
    policy === "asset"
      ? ["default-src 'none'", "style-src 'unsafe-inline'", "frame-ancestors 'none'", "sandbox"]
      : [
          "default-src 'self'",
          `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data:",
          "font-src 'self'",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          "frame-ancestors 'none'",
          ...(https ? ["upgrade-insecure-requests"] : []),
        ];
  return {
    "Content-Security-Policy": csp.join("; "),
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    ...(https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A state-changing request must come from a page on the same site: browsers say so in Sec-Fetch-Site,
 * and older ones in Origin. (Server actions check Origin too; this covers every route alike.)
 */
export function isCrossSiteWrite(method: string, headers: Headers, host: string): boolean {
  if (SAFE_METHODS.has(method)) return false;
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite !== "same-origin" && fetchSite !== "none";
  const origin = headers.get("origin");
  if (!origin) return false; // not a browser form or fetch: no ambient credentials to abuse
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
