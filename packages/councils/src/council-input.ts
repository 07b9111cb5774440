import { isSlug } from "@lgp/db";
import { checkBranding, type Branding } from "./branding";
import { env } from "./env";
import { InputError } from "@lgp/db";
import { normaliseHost, RESERVED_SUBDOMAINS } from "./hosts";

export const MODULES = ["match", "booking"] as const;
export type Module = (typeof MODULES)[number];

export interface NewCouncil {
  slug: string;
  name: string;
  /** The council's own domains, e.g. `www.kingston.gov.uk`. */
  hosts: string[];
  branding?: Partial<Branding>;
  modules?: Module[];
}

export const DEFAULT_BRANDING: Branding = { brandColour: "#1d4f91", brandTextColour: "#ffffff", linkColour: "#1d4f91" };

/** Checks a new council's details, returning them tidied or throwing with a message per field. */
export function validateNewCouncil(input: NewCouncil, platformHost: string = env.PLATFORM_HOST): Required<NewCouncil> & { branding: Branding } {
  const fields: Record<string, string> = {};
  const slug = input.slug.trim().toLowerCase();
  if (!isSlug(slug)) {
    fields.slug = "Enter a slug of 2 to 30 lowercase letters, digits and single hyphens, starting with a letter, like kingston.";
  } else if (RESERVED_SUBDOMAINS.has(slug)) {
    fields.slug = `"${slug}" is reserved for the platform. Choose another slug.`;
  }
  const name = input.name.trim();
  if (name.length < 2 || name.length > 120) fields.name = "Enter the council's name, between 2 and 120 characters.";
  const hosts: string[] = [];
  for (const raw of input.hosts) {
    const host = normaliseHost(raw);
    if (!host || !host.includes(".")) {
      fields.hosts = `"${raw}" is not a domain name. Enter a domain like www.kingston.gov.uk, without https://.`;
    } else if (host === platformHost || host.endsWith(`.${platformHost}`)) {
      fields.hosts = `"${raw}" is under the platform's own domain; every council already answers at <slug>.${platformHost}.`;
    } else if (!hosts.includes(host)) {
      hosts.push(host);
    }
  }
  const branding = { ...DEFAULT_BRANDING, ...input.branding };
  Object.assign(fields, checkBranding(branding));
  const modules = input.modules ?? [...MODULES];
  for (const m of modules) if (!MODULES.includes(m)) fields.modules = `"${m}" is not a module. Choose from ${MODULES.join(", ")}.`;
  if (Object.keys(fields).length > 0) {
    throw new InputError(`The council's details need correcting: ${Object.values(fields).join(" ")}`, fields);
  }
  return { slug, name, hosts, branding, modules };
}
