import { CLIENT_HEADER } from "./edge";

/**
 * The client's address, for rate limits and the audit log, as the edge (server.ts) found it from the
 * socket and the trusted proxies; the edge drops any value a client sent under that name.
 */
export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_HEADER) ?? "unknown";
}
