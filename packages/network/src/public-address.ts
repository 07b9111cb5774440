import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { BlockList, isIP } from "node:net";

/**
 * Addresses a server chosen by a council admin (an identity provider, an SMTP server) may not be at:
 * this machine, private and shared networks, link-local (cloud metadata at 169.254.169.254 included),
 * and the reserved ranges. Otherwise saving one would let an admin make the server reach inside its own
 * network.
 */
const refused = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["198.51.100.0", 24],
  ["203.0.113.0", 24], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) refused.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8], ["2001:db8::", 32], ["100::", 64],
] as const) refused.addSubnet(network, prefix, "ipv6");

/** An IPv4 address carried inside an IPv6 one (mapped ::ffff:a.b.c.d, or NAT64 64:ff9b::/96). */
function embeddedIpv4(address: string): string | null {
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (dotted) return dotted[1]!;
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return null;
  const [high, low] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 6) {
    const v4 = embeddedIpv4(address);
    if (v4) return isPublicAddress(v4);
    return !refused.check(address, "ipv6");
  }
  return !refused.check(address, "ipv4");
}

export type Resolve = (hostname: string) => Promise<LookupAddress[]>;

export const resolveAll: Resolve = (hostname) =>
  new Promise((done, fail) => dnsLookup(hostname, { all: true }, (error, addresses) => (error ? fail(error) : done(addresses))));

/** What `hostname` resolves to, every address public, or why it may not be used. */
async function resolvePublic(hostname: string, resolve: Resolve): Promise<{ addresses: string[] } | { reason: string }> {
  const bare = hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = isIP(bare) ? [bare] : (await resolve(bare)).map((a) => a.address);
  } catch {
    return { reason: `${hostname} could not be found` };
  }
  if (addresses.length === 0) return { reason: `${hostname} could not be found` };
  const inside = addresses.find((a) => !isPublicAddress(a));
  return inside ? { reason: `${hostname} is on a private or internal network (${inside})` } : { addresses };
}

/** Why `hostname` may not be used, or null when every address it resolves to is public. */
export async function nonPublicReason(hostname: string, resolve: Resolve = resolveAll): Promise<string | null> {
  const found = await resolvePublic(hostname, resolve);
  return "reason" in found ? found.reason : null;
}

/**
 * The address to connect to for `hostname`, checked public at the moment of use. Connecting to the
 * address that was checked, not to the name, means a name that resolves differently a second time (DNS
 * rebinding) cannot slip past. `allowLocal` is for the test suites' servers on this machine.
 */
export async function publicAddressOf(hostname: string, options: { allowLocal: boolean; resolve?: Resolve }): Promise<string> {
  if (options.allowLocal) return hostname;
  const found = await resolvePublic(hostname, options.resolve ?? resolveAll);
  if ("reason" in found) throw new Error(`${found.reason}, so it cannot be used.`);
  return found.addresses[0]!;
}
