/** A stretch of a plain-text message: words, or a web address to show as a link. */
export type TextPart = { text: string } | { href: string };

const ADDRESS = /https?:\/\/[^\s<>"]+/g;
const TRAILING = /[.,;:!?'")\]]$/;

/** A sentence's full stop, or the bracket closing around an address, is not part of the address. */
function trimEnd(candidate: string): string {
  let address = candidate;
  while (TRAILING.test(address)) {
    const opened = address.split("(").length - 1;
    const closed = address.split(")").length - 1;
    if (address.endsWith(")") && closed <= opened) break;
    address = address.slice(0, -1);
  }
  return address;
}

const isWebAddress = (address: string) => {
  try {
    const { protocol } = new URL(address);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
};

/**
 * Splits a plain-text email into text and http(s) addresses, so a page can show each address as a
 * link. Parts are data, never markup: a page renders them as text nodes and an href React escapes.
 */
export function linkParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const address = trimEnd(match[0]);
    if (!isWebAddress(address)) continue;
    if (match.index > at) parts.push({ text: text.slice(at, match.index) });
    parts.push({ href: address });
    at = match.index + address.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
