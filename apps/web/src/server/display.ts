/*
 * How the names the code keeps read on a page. The audit log and invitations keep who did something
 * and from where as the code wrote them; every page that shows them goes through these, so none shows
 * the code's own words for someone ("anonymous") or an address as the socket gave it.
 */

/** Who the code records when no person did it, and the words (messages/en.json `actors`) a page uses for each. */
const NOT_A_PERSON = { anonymous: "anonymous", "command line": "commandLine" } as const;

export type ActorWord = (typeof NOT_A_PERSON)[keyof typeof NOT_A_PERSON];

/** Who did something: a person by their email address, anyone else in the page's words. */
export function showActor(actor: string, words: (word: ActorWord) => string): string {
  const word = NOT_A_PERSON[actor as keyof typeof NOT_A_PERSON];
  return word ? words(word) : actor;
}

/**
 * An IP address as people know it. An IPv4 client reaching a server listening on IPv6 arrives as an
 * IPv4-mapped address (::ffff:203.0.113.5, or the same in hex, ::ffff:cb00:7105); it is shown as the
 * IPv4 address it is. Any other address is shown as recorded; none, as nothing.
 */
export function showAddress(address: string | null | undefined): string {
  if (!address) return "";
  if (!address.includes(":")) return address;
  let canonical: string;
  try {
    // The URL parser writes any form of an IPv6 address one way: lower case, zeros compressed, the last 32 bits in hex.
    canonical = new URL(`http://[${address}]/`).hostname;
  } catch {
    return address;
  }
  const mapped = /^\[::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})\]$/.exec(canonical);
  if (!mapped) return address;
  const [high, low] = [parseInt(mapped[1]!, 16), parseInt(mapped[2]!, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}
