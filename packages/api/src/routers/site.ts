import { getSiteAsset, listCategories, readSiteDetails } from "@lgp/councils";
import { loadOneLogin, loadStaffSso } from "@lgp/identity";
import { councilProcedure, moduleProcedure, router } from "../trpc";

/** What a council's public site shows. */
export const siteRouter = router({
  home: councilProcedure.query(async ({ ctx }) => ({
    council: { slug: ctx.council.slug, name: ctx.council.name, modules: ctx.council.modules },
    categories: await listCategories(ctx.tx),
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

  /** The match module's directory of the kinds of help on offer. */
  help: moduleProcedure("match").query(async ({ ctx }) => listCategories(ctx.tx)),
});
