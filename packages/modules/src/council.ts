import type { CouncilModules } from "@lgp/councils";
import { CORE_EMAIL_TEMPLATES, type EmailTemplate } from "@lgp/email";
import type { ModuleDeclaration, ModuleLink } from "./define";
import { MODULE_KEYS, MODULES, type ModuleKey } from "./registered";

/** The registered modules a council has switched on, in registration order. */
export function modulesOf(council: { modules: readonly string[] }): readonly ModuleDeclaration<ModuleKey>[] {
  return MODULES.filter((m) => council.modules.includes(m.key));
}

export const isModuleKey = (key: string): key is ModuleKey => (MODULE_KEYS as readonly string[]).includes(key);

/** Header links the council's switched-on modules add for one audience, each with the module it belongs to. */
export function moduleLinks(council: { modules: readonly string[] }, audience: keyof ModuleDeclaration["links"]): (ModuleLink & { module: ModuleKey })[] {
  return modulesOf(council).flatMap((m) => m.links[audience].map((link) => ({ ...link, module: m.key })));
}

/** The admin console's sections the council's switched-on modules add. */
export function adminSections(council: { modules: readonly string[] }): { module: ModuleKey; section: string }[] {
  return modulesOf(council).flatMap((m) => m.adminSections.map((section) => ({ module: m.key, section })));
}

/**
 * Every kind of email a council can send: the platform's own and every registered module's. A council
 * sending through GOV.UK Notify names a template for each, so switching a module on never leaves one
 * of its emails without a template.
 */
export const EMAIL_TEMPLATES: readonly EmailTemplate<never>[] = [...CORE_EMAIL_TEMPLATES, ...MODULES.flatMap((m) => m.emailTemplates)];

/** Every registered module's jobs; the worker takes them all (a switched-off module enqueues none). */
export const MODULE_JOBS = MODULES.flatMap((m) => m.jobs);

/** The modules as the councils package provisions them: each fills its part of a new council's schema. */
export const councilModules: CouncilModules = {
  keys: MODULE_KEYS,
  async starter(tx, keys) {
    for (const m of modulesOf({ modules: keys })) await m.starter(tx);
  },
  async demo(tx, council) {
    for (const m of modulesOf(council)) await m.demo(tx, council);
  },
};
