import { InputError } from "@lgp/db";
import { initTRPC } from "@trpc/server";
import type { Context } from "../context";

const t = initTRPC.context<Context>().create();

/** A NUL character, or half of a surrogate pair (with the u flag a whole pair is one code point, not Cs). */
const unstorable = (text: string) => text.includes("\0") || /\p{Cs}/u.test(text);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value));

/** Where in `value` the first unstorable text is (a key counts as text at its own place), or null. */
function unstorableAt(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === "string") return unstorable(value) ? path : null;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : isPlainObject(value) ? Object.entries(value) : [];
  for (const [key, child] of entries) {
    if (unstorable(key)) return path;
    const found = unstorableAt(child, [...path, key]);
    if (found) return found;
  }
  return null;
}

/**
 * Refuses input that Postgres cannot keep as sent, before any database work: it rejects a NUL character
 * in text outright (a 500 if it got that far), and a lone surrogate would be stored silently changed.
 * Either is a mistake in what was sent, so it is a 400 naming the field. Checked on the raw input, so
 * every procedure gets it whatever its schema says.
 */
export const storableInput = t.middleware(async ({ getRawInput, next }) => {
  const path = unstorableAt(await getRawInput());
  if (path === null) return next();
  const field = path.join(".");
  const message = `${field ? `"${field}"` : "What you sent"} contains a character we cannot store, such as a null character or half of an emoji. Remove it and try again.`;
  throw new InputError(message, { [field || "form"]: message });
});
