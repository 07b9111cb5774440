import { NextResponse, type NextRequest } from "next/server";
import { registry } from "./server/registry";
import { isCrossSiteWrite, securityHeaders } from "./server/security";
import { ORIGIN_HEADER, SITE_HEADER } from "./server/site-header";

/**
 * The one place a request's host is read. Every path is rewritten beneath the site the host resolves
 * to, so a council's pages are always given the host's council, and a path that names another council
 * (`/site/richmond` typed on Kingston's host) only ever reaches a Kingston page that does not exist.
 */
export async function proxy(request: NextRequest) {
  const host = request.headers.get("host");
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const headers = securityHeaders(nonce, https);

  if (isCrossSiteWrite(request.method, request.headers, host)) {
    return new NextResponse("This form was sent from another website, so it was refused. Go back to the page and try again.", {
      status: 403,
      headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" },
    });
  }

  // Next.js reads the nonce from the request's CSP header and puts it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  // Server actions and route handlers learn their site from this header, set here and only here.
  requestHeaders.delete(SITE_HEADER);
  requestHeaders.set(ORIGIN_HEADER, `${https ? "https" : "http"}://${host}`);
  const rewrite = (pathname: string, status?: number, extra: Record<string, string> = {}) => {
    const url = request.nextUrl.clone();
    url.pathname = pathname;
    return NextResponse.rewrite(url, { status, request: { headers: requestHeaders }, headers: { ...headers, ...extra } });
  };

  const site = await (await registry()).resolve(host);
  if (site.kind === "council") requestHeaders.set(SITE_HEADER, `council:${site.council.slug}`);
  if (site.kind === "platform") requestHeaders.set(SITE_HEADER, "platform");
  const rest = request.nextUrl.pathname === "/" ? "" : request.nextUrl.pathname;
  switch (site.kind) {
    case "council":
      return rewrite(`/site/${site.council.slug}${rest}`);
    case "platform":
      return rewrite(`/platform${rest}`);
    case "unavailable":
      return rewrite(`/unavailable/${site.council.slug}`, 503, { "Retry-After": "3600" });
    case "unknown":
      return rewrite("/unknown-host", 404);
  }
}

export const config = {
  matcher: ["/((?!_next/static|_next/image).*)"],
};
