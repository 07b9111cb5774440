import type { Tx } from "@lgp/db";
import { addCategories } from "./categories";
import { DEMO_CATEGORIES, STARTER_CATEGORIES } from "./starter";

/**
 * The match module as the platform sees it. Registered with one line in
 * packages/modules/src/registered.ts, whose `defineModule` checks this declaration's shape.
 */
export const matchModule = {
  key: "match",
  name: "Match",
  roles: ["volunteer", "safeguarding_lead"],
  links: { residents: [{ href: "/help", label: "findHelp" }], staff: [], admins: [] },
  adminSections: ["categories"],
  emailTemplates: [],
  jobs: [],
  starter: (tx: Tx) => addCategories(tx, STARTER_CATEGORIES),
  demo: (tx: Tx, council: { slug: string }) => addCategories(tx, DEMO_CATEGORIES[council.slug] ?? STARTER_CATEGORIES),
} as const;
