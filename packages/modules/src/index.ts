export { defineModule, type ModuleDeclaration, type ModuleLink } from "./define";
export { MODULE_KEYS, MODULES, type ModuleKey } from "./registered";
export { adminSections, councilModules, EMAIL_TEMPLATES, isModuleKey, MODULE_JOBS, moduleLinks, modulesOf } from "./council";
