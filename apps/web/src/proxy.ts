import { councilAddress, normaliseHost, platformAddress } from "@lgp/councils";
import { NextResponse, type NextRequest } from "next/server";
import { registry } from "./server/registry";
import { isCrossSiteWrite, securityHeaders, type Policy } from "./server/security";
import { encodeSite, ORIGIN_HEADER, PATH_HEADER, SITE_HEADER, WRITE_HEADER } from "./server/site-header";

/** Paths that serve a council's uploaded files, under a policy of their own (see security.ts). */
const ASSET_PATHS = /^\/assets\//;

/**
 * The one place a request's host is read. Every path is rewritten beneath the site the host resolves
 * to, so a council's pages are always given the host's council, and a path that names another council
 * (`/site/richmond` typed on Kingston's host) only ever reaches a Kingston page that does not exist.
 * Forwarded headers never get this far (server.ts drops them); the site's address comes from the
 * registry and configuration, and is handed on for next-auth and the pages to build links with.
 */
export async function proxy(request: NextRequest) {
  const host = normaliseHost(request.headers.get("host"));
  const site = await (await registry()).resolve(host);
  const address = site.kind === "council" ? councilAddress(site.council, host) : platformAddress();
  const { host: addressHost, protocol } = new URL(address);
  const https = protocol === "https:";
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy: Policy = ASSET_PATHS.test(request.nextUrl.pathname) ? "asset" : "page";
  const headers = securityHeaders(nonce, https, policy);

  if (isCrossSiteWrite(request.method, request.headers, addressHost)) {
    return new NextResponse("This form was sent from another website, so it was refused. Go back to the page and try again.", {
      status: 403,
      headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" },
    });
  }

  // Next.js reads the nonce from the request's CSP header and puts it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  // Server code learns its site, and the address to build links from, from these; set here and only here.
  requestHeaders.delete(SITE_HEADER);
  requestHeaders.set(ORIGIN_HEADER, address);
  requestHeaders.set(PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  // next-auth builds its own URLs (sign-in links, callbacks, redirect_uri) from these two.
  requestHeaders.set("x-forwarded-host", addressHost);
  requestHeaders.set("x-forwarded-proto", https ? "https" : "http");
  const rewrite = (pathname: string, status?: number, extra: Record<string, string> = {}) => {
    const url = request.nextUrl.clone();
    url.pathname = pathname;
    return NextResponse.rewrite(url, { status, request: { headers: requestHeaders }, headers: { ...headers, ...extra } });
  };

  requestHeaders.set(SITE_HEADER, encodeSite(site));
  if (request.method === "GET" || request.method === "HEAD") requestHeaders.delete(WRITE_HEADER);
  else requestHeaders.set(WRITE_HEADER, "1");
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
