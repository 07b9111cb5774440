import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { allowLocalIdentityProviders } from "./env";
import { isPublicAddress, nonPublicReason, type Resolve } from "@lgp/network";

/**
 * Checks an identity provider's address as an admin saves it: https, on a host that resolves only to
 * public addresses. Null when it may be used, else what is wrong, for the form.
 */
export async function issuerProblem(issuer: string, resolve?: Resolve): Promise<string | null> {
  const url = new URL(issuer);
  if (allowLocalIdentityProviders) return null;
  if (url.protocol !== "https:") return "The issuer's address must start with https://";
  const reason = await nonPublicReason(url.hostname, resolve);
  return reason ? `The issuer must be on the public internet: ${reason}.` : null;
}

/**
 * The DNS lookup behind every connection to an identity provider. The check is made on the very
 * addresses the connection then uses, so a name that changes its answer after saving (DNS rebinding)
 * still cannot reach an internal address.
 */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, found: LookupAddress[]) => {
    if (error) return callback(error, "", 0);
    const inside = found.find((a) => !isPublicAddress(a.address));
    if (inside) return callback(Object.assign(new Error(`Refused to connect to ${hostname}: it resolves to an internal address.`), { code: "EADDRNOTPUBLIC" }), "", 0);
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, found);
    callback(null, found[0]!.address, found[0]!.family);
  });
};

function toResponse(message: IncomingMessage, body: Buffer): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    for (const v of [value ?? []].flat()) headers.append(name, v);
  }
  const status = message.statusCode ?? 502;
  return new Response(status === 204 || status === 304 ? null : new Uint8Array(body), { status, headers });
}

/**
 * The fetch next-auth uses for staff sign-in: https only, public addresses only (checked again on every
 * connection), no redirects followed, a time limit. The test suites' local provider needs
 * LGP_UNSAFE_LOCAL_IDENTITY_PROVIDERS.
 */
export async function issuerFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : input);
  if (!allowLocalIdentityProviders && url.protocol !== "https:") throw new Error(`Refused to fetch ${url.origin}: identity providers must use https.`);
  const body = init.body === undefined || init.body === null ? undefined : String(init.body);
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, name) => (headers[name] = value));
  return new Promise((done, fail) => {
    const req = send(
      url,
      {
        method: init.method ?? "GET",
        headers,
        lookup: allowLocalIdentityProviders ? undefined : publicOnlyLookup,
        timeout: 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => done(toResponse(res, Buffer.concat(chunks))));
        res.on("error", fail);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`${url.origin} did not answer in time.`)));
    req.on("error", fail);
    init.signal?.addEventListener("abort", () => req.destroy(new Error("aborted")));
    req.end(body);
  });
}
