import { getSiteAsset, hasSiteAsset, readSiteDetails } from "@lgp/councils";
import { loadOneLogin, loadStaffSso } from "@lgp/identity";
import { councilProcedure, router } from "../trpc";

/** What a council's public site shows. */
export const siteRouter = router({
  home: councilProcedure.query(async ({ ctx }) => ({
    council: { slug: ctx.council.slug, name: ctx.council.name, modules: ctx.council.modules },
  })),

  /** Contact details and the accessibility statement's council-specific parts. */
  details: councilProcedure.query(async ({ ctx }) => {
    const { emailSenderName: _internal, ...details } = await readSiteDetails(ctx.tx);
    return details;
  }),

  /** Which ways of signing in this council offers, for its sign-in page. */
  signInOptions: councilProcedure.query(async ({ ctx }) => ({
    staffSso: (await loadStaffSso(ctx.tx, ctx.scope)) !== null,
    oneLogin: (await loadOneLogin(ctx.tx, ctx.scope)) !== null,
  })),

  /** The council's logo, from its own schema, or null. */
  logo: councilProcedure.query(async ({ ctx }) => (await getSiteAsset(ctx.tx, "logo")) ?? null),

  /** Whether the council has a logo: without one, its header shows its name alone. */
  hasLogo: councilProcedure.query(async ({ ctx }) => hasSiteAsset(ctx.tx, "logo")),
});
