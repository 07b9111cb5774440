import { NextResponse, type NextRequest } from "next/server";
import { registry } from "./server/registry";

/**
 * The one place a request's host is read. Every path is rewritten beneath the site the host resolves
 * to, so a council's pages are always given the host's council, and a path that names another council
 * (`/site/richmond` typed on Kingston's host) only ever reaches a Kingston page that does not exist.
 */
export async function proxy(request: NextRequest) {
  const site = await (await registry()).resolve(request.headers.get("host"));
  const url = request.nextUrl.clone();
  const rest = url.pathname === "/" ? "" : url.pathname;
  switch (site.kind) {
    case "council":
      url.pathname = `/site/${site.council.slug}${rest}`;
      return NextResponse.rewrite(url);
    case "platform":
      url.pathname = `/platform${rest}`;
      return NextResponse.rewrite(url);
    case "unavailable":
      url.pathname = `/unavailable/${site.council.slug}`;
      return NextResponse.rewrite(url, { status: 503, headers: { "Retry-After": "3600" } });
    case "unknown":
      url.pathname = "/unknown-host";
      return NextResponse.rewrite(url, { status: 404 });
  }
}

export const config = {
  matcher: ["/((?!_next/static|_next/image).*)"],
};
