import { councilAddress, listCouncils } from "@lgp/councils";
import { platformProcedure, router } from "../trpc";

/** What the platform's own home page shows: the councils whose sites are open. */
export const platformRouter = router({
  councils: platformProcedure.query(async ({ ctx }) =>
    (await listCouncils(ctx.tx)).filter((c) => c.status === "active").map((c) => ({ slug: c.slug, name: c.name, address: councilAddress(c) })),
  ),
});
