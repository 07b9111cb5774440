import type { Tx } from "@lgp/db";
import type { EmailTemplate } from "@lgp/email";
import type { CouncilRole } from "@lgp/identity";
import type { JobDefinition, JobIds } from "@lgp/jobs";

/**
 * A link a module adds to its council's site. `label` names an entry in the app's catalog under the
 * module's key (`modules.<key>.<label>`), so pages stay in the council's words and translatable.
 */
export interface ModuleLink {
  href: `/${string}`;
  label: string;
  /** Shown only to people holding one of these roles (a safeguarding lead's queue); to the whole audience when absent. */
  roles?: readonly CouncilRole[];
}

/**
 * Everything the platform needs to know about a module, declared once in the module's own package and
 * registered with one line (packages/councils/src/modules.ts). Header links, the admin console's
 * navigation, the modules page, the module gate, the role matrix and the worker read it from there.
 */
export interface ModuleDeclaration<Key extends string = string> {
  /** Stored in a council's switched-on modules, names its router (`<key>.*`) and its catalog entries. */
  key: Key;
  /** In English, for command lines and logs; pages use the catalog's `modules.<key>.name`. */
  name: string;
  /** The council roles its pages and procedures use beyond the core ones (admin, staff, resident). */
  roles: readonly CouncilRole[];
  /** Header links on the council's site: to everyone, to people holding a staff role, to admins. */
  links: { residents: readonly ModuleLink[]; staff: readonly ModuleLink[]; admins: readonly ModuleLink[] };
  /** Its sections of the admin console, each at `/admin/<section>`, labelled `modules.<key>.sections.<section>`. */
  adminSections: readonly string[];
  /** The emails it sends: each has a GOV.UK Notify template a council using Notify must name. */
  emailTemplates: readonly EmailTemplate[];
  /** The jobs it runs; the worker takes every registered module's. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of jobs each typed by its own ids
  jobs: readonly JobDefinition<any>[];
  /** Fills a new council's schema when the module is switched on at onboarding (a starter taxonomy, say). */
  starter(tx: Tx): Promise<void>;
  /** A demo council's data in place of the starter, for a newcomer's first start and the tests. */
  demo(tx: Tx, council: { slug: string }): Promise<void>;
}

/** Checks a module's declaration where it is written; registration adds nothing to it. */
export function defineModule<const Key extends string>(declaration: ModuleDeclaration<Key>): ModuleDeclaration<Key> {
  if (!/^[a-z][a-z-]*$/.test(declaration.key)) throw new Error(`A module's key is lower-case letters and "-": "${declaration.key}".`);
  return declaration;
}

export type { JobIds };
