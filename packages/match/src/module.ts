import type { Tx } from "@lgp/db";
import { addDemoPostcodes } from "@lgp/postcodes";
import { addCategories } from "./categories";
import { addDemoHelpers } from "./demo-helpers";
import { addDemoOffers } from "./demo-offers";
import { HELPER_EMAILS } from "./helper-emails";
import { MATCH_EMAIL_TEMPLATES } from "./match-emails";
import { expireCouncilNeedsJob, expireNeedsJob, needExpiredEmail } from "./need-expiry";
import { councilNeedsDigestJob, needsDigestJob, newNeedNoticeJob } from "./new-need-notices";
import { SAFETY_EMAILS } from "./safety-emails";
import { DEMO_CATEGORIES, STARTER_CATEGORIES } from "./starter";
import { vettingNoticesJob } from "./vetting-notices";

/**
 * The match module as the platform sees it. Registered with one line in
 * packages/modules/src/registered.ts, whose `defineModule` checks this declaration's shape.
 */
export const matchModule = {
  key: "match",
  name: "Match",
  roles: ["volunteer", "safeguarding_lead", "referrer"],
  links: { residents: [{ href: "/help", label: "findHelp" }, { href: "/helping", label: "helping" }, { href: "/requests", label: "yourRequests" }], staff: [{ href: "/staff/needs", label: "needs" }, { href: "/staff/concerns", label: "concerns", roles: ["safeguarding_lead"] }, { href: "/staff/helpers", label: "helpers" }, { href: "/staff/matching", label: "batchMatching" }], admins: [] },
  adminSections: ["categories", "matching"],
  emailTemplates: [needExpiredEmail, ...SAFETY_EMAILS, ...HELPER_EMAILS, ...MATCH_EMAIL_TEMPLATES],
  jobs: [expireNeedsJob, expireCouncilNeedsJob, vettingNoticesJob, newNeedNoticeJob, needsDigestJob, councilNeedsDigestJob],
  starter: (tx: Tx) => addCategories(tx, STARTER_CATEGORIES),
  demo: async (tx: Tx, council: { slug: string }) => {
    // Postcodes first: the demo's helpers, offers and needs are placed by them.
    await addDemoPostcodes(tx, council.slug);
    await addCategories(tx, DEMO_CATEGORIES[council.slug] ?? STARTER_CATEGORIES);
    await addDemoHelpers(tx, council.slug);
    await addDemoOffers(tx, council.slug);
  },
} as const;
