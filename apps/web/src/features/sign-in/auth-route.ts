import { NextRequest } from "next/server";
import { authFor } from "~/server/auth/instances";
import { ORIGIN_HEADER } from "~/server/site-header";
import { currentSite } from "~/server/site";

/**
 * next-auth's endpoints (the emailed link's callback, sign-out, …) for whichever site the proxy
 * resolved. next-auth builds its redirects from the request's URL, which Next.js gives with the
 * server's own name; the proxy passes the origin the visitor used, so redirects stay on this site.
 */
async function handle(request: NextRequest, method: "GET" | "POST") {
  const site = await currentSite();
  const url = new URL(request.url);
  const origin = new URL(request.headers.get(ORIGIN_HEADER)!);
  url.protocol = origin.protocol;
  url.host = origin.host;
  return (await authFor(site)).handlers[method](new NextRequest(url, request));
}

export const GET = (request: NextRequest) => handle(request, "GET");
export const POST = (request: NextRequest) => handle(request, "POST");
