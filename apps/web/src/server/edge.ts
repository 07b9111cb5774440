import type { IncomingHttpHeaders } from "node:http";

/** The request header through which the edge tells the app the client's address; never taken from a client. */
export const CLIENT_HEADER = "x-lgp-client";

/** Form posts and API calls larger than this are refused with 413 before anything reads them. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Headers a client could send to pass as a proxy or as Next.js itself (x-middleware-subrequest skips
 * the proxy entirely), or as our own proxy's messages to the pages. Dropped from every request.
 */
const UNTRUSTED = [/^forwarded$/, /^x-forwarded-/, /^x-real-ip$/, /^x-lgp-/, /^x-middleware-/, /^x-invoke-/];

/** Response headers that name the internal path a host was rewritten to. */
export const INTERNAL_RESPONSE_HEADERS = ["x-middleware-rewrite", "x-nextjs-rewritten-path", "x-nextjs-rewritten-query", "x-nextjs-matched-path"];

/**
 * The client's address. Without trusted proxies it is the socket's peer, whatever the request claims.
 * Each trusted proxy appends the peer it saw to X-Forwarded-For, so with `trustedHops` of them the
 * client is that many entries back from the socket; anything further left is the client's own claim.
 */
export function clientAddressOf(peer: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string {
  const socket = (peer ?? "unknown").replace(/^::ffff:/, "");
  if (trustedHops === 0) return socket;
  const listed = [forwardedFor ?? []].flat().join(",").split(",").map((s) => s.trim()).filter(Boolean);
  const chain = [...listed, socket];
  return (chain[chain.length - 1 - trustedHops] ?? chain[0]!).replace(/^::ffff:/, "");
}

export type Refusal = { status: number; message: string };

/**
 * Cleans a request's headers in place as it arrives and says who sent it; or refuses it when its body
 * is over the limit or of unstated length (a browser always states it).
 */
export function admit(headers: IncomingHttpHeaders, method: string | undefined, peer: string | undefined, trustedHops: number): Refusal | { client: string } {
  const client = clientAddressOf(peer, headers["x-forwarded-for"], trustedHops);
  for (const name of Object.keys(headers)) {
    if (UNTRUSTED.some((pattern) => pattern.test(name))) delete headers[name];
  }
  headers[CLIENT_HEADER] = client;

  if (method !== "GET" && method !== "HEAD" && method !== "OPTIONS") {
    const length = headers["content-length"];
    if (length === undefined && headers["transfer-encoding"]) {
      return { status: 411, message: "This request did not say how large it is, so it was refused. Send it again from the page." };
    }
    if (Number(length) > MAX_BODY_BYTES) {
      return { status: 413, message: `What you sent is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB, so it was refused. Send something smaller: a logo, for example, must be under 200 KB.` };
    }
  }
  return { client };
}
