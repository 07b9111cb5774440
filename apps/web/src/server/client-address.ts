import { env } from "~/env";

/**
 * The address of the client, for rate limits and the audit log. Next.js appends the connecting
 * address to X-Forwarded-For; each trusted reverse proxy in front of it appends one more, so the
 * client is the entry that many hops from the end. Anything further left is the client's own claim.
 */
export function clientAddress(headers: Headers): string {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return hops[hops.length - 1 - env.LGP_TRUSTED_PROXY_HOPS] ?? hops[0] ?? "unknown";
}
