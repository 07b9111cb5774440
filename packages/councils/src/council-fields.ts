import { isSlug } from "@lgp/db";
import { env } from "./env";
import { normaliseHost, RESERVED_SUBDOMAINS } from "./hosts";

/**
 * A new council's details, one check per field, each returning what to correct or null. Kept apart so
 * the onboarding form's schema and validateNewCouncil report the same problems, every field at once.
 */

export function nameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === "") return "Enter the council's name";
  return trimmed.length < 2 || trimmed.length > 120 ? "The council's name must be between 2 and 120 characters" : null;
}

/** `slug` as it will be kept: trimmed and lower case. */
export function slugProblem(slug: string): string | null {
  if (slug === "") return "Enter a slug, like kingston";
  if (!isSlug(slug)) return "Enter a slug of 2 to 30 lowercase letters, digits and single hyphens, starting with a letter, like kingston.";
  return RESERVED_SUBDOMAINS.has(slug) ? `"${slug}" is reserved for the platform. Choose another slug.` : null;
}

/** The domains as typed in one box: one per line, or separated by commas or spaces. */
export function splitHosts(text: string): string[] {
  return text.split(/[\s,]+/).filter(Boolean);
}

/** Every domain that cannot be the council's own, each named, in one message. */
export function hostsProblem(raw: readonly string[], platformHost: string = env.PLATFORM_HOST): string | null {
  const problems = raw.flatMap((typed) => {
    const host = normaliseHost(typed);
    if (!host || !host.includes(".")) return [`"${typed}" is not a domain name. Enter a domain like www.kingston.gov.uk, without https://.`];
    if (host === platformHost || host.endsWith(`.${platformHost}`)) return [`"${typed}" is under the platform's own domain; every council already answers at <slug>.${platformHost}.`];
    return [];
  });
  return problems.length > 0 ? problems.join(" ") : null;
}

/** The domains, normalised and without repeats (check them with hostsProblem first). */
export function tidyHosts(raw: readonly string[]): string[] {
  return [...new Set(raw.map((typed) => normaliseHost(typed)!))];
}
