import { randomInt } from "node:crypto";

/** Letters and digits no one misreads: no 0/O, 1/I/L. */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/**
 * A reference people quote to the council, like HN-7K3M-Q9PX: `prefix` and 31^8 (about 850 billion)
 * choices, drawn by a secure generator so no one can guess another's.
 */
export function newReference(prefix: string): string {
  const part = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `${prefix}-${part()}-${part()}`;
}

/** A reference as someone typed it ("hn 7k3m q9px", "7K3MQ9PX"), in its one written form; null when it cannot be one. */
export function normaliseReference(prefix: string, typed: string): string | null {
  const compact = typed.toUpperCase().replace(/[^0-9A-Z]/g, "");
  const body = compact.startsWith(prefix) ? compact.slice(prefix.length) : compact;
  return /^[0-9A-Z]{8}$/.test(body) ? `${prefix}-${body.slice(0, 4)}-${body.slice(4)}` : null;
}
