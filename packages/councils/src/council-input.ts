import type { Tx } from "@lgp/db";
import { checkBranding, type Branding } from "./branding";
import { env } from "./env";
import { InputError } from "@lgp/db";
import { hostsProblem, nameProblem, slugProblem, tidyHosts } from "./council-fields";

/**
 * What this package knows of the modules a council can switch on. They are registered in @lgp/modules,
 * which builds on this package, so whoever provisions a council hands them in.
 */
export interface CouncilModules {
  keys: readonly string[];
  /** Fills a new council's schema for the modules switched on (a starter list of categories, say). */
  starter(tx: Tx, modules: readonly string[]): Promise<void>;
  /** A demo council's data, in place of the starter. */
  demo(tx: Tx, council: { slug: string; modules: readonly string[] }): Promise<void>;
}

/** For work that provisions councils without any module: tests of the platform's own parts. */
export const NO_MODULES: CouncilModules = { keys: [], starter: async () => {}, demo: async () => {} };

export interface NewCouncil {
  slug: string;
  name: string;
  /** The council's own domains, e.g. `www.kingston.gov.uk`. */
  hosts: string[];
  branding?: Partial<Branding>;
  /** Keys of the modules switched on; all of them when not given. */
  modules?: string[];
}

export const DEFAULT_BRANDING: Branding = { brandColour: "#1d4f91", brandTextColour: "#ffffff", linkColour: "#1d4f91" };

/** Checks a new council's details, returning them tidied or throwing with a message per field. */
export function validateNewCouncil(input: NewCouncil, known: readonly string[], platformHost: string = env.PLATFORM_HOST): Required<NewCouncil> & { branding: Branding } {
  const fields: Record<string, string> = {};
  const slug = input.slug.trim().toLowerCase();
  const name = input.name.trim();
  const problems = { slug: slugProblem(slug), name: nameProblem(name), hosts: hostsProblem(input.hosts, platformHost) };
  for (const [field, problem] of Object.entries(problems)) if (problem) fields[field] = problem;
  const hosts = problems.hosts ? [] : tidyHosts(input.hosts);
  const branding = { ...DEFAULT_BRANDING, ...input.branding };
  Object.assign(fields, checkBranding(branding));
  const modules = input.modules ?? [...known];
  const unknown = modules.filter((m) => !known.includes(m));
  if (unknown.length > 0) fields.modules = `${unknown.map((m) => `"${m}"`).join(", ")} ${unknown.length === 1 ? "is not a module" : "are not modules"}. Choose from ${known.join(", ")}.`;
  if (Object.keys(fields).length > 0) {
    throw new InputError(`The council's details need correcting: ${Object.values(fields).join(" ")}`, fields);
  }
  return { slug, name, hosts, branding, modules };
}
