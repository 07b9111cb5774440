import { listCategories } from "@lgp/councils";
import { councilProcedure, router } from "../trpc";

/** What a council's public site shows. */
export const siteRouter = router({
  home: councilProcedure.query(async ({ ctx }) => ({
    council: { slug: ctx.council.slug, name: ctx.council.name },
    categories: await listCategories(ctx.tx),
  })),
});
