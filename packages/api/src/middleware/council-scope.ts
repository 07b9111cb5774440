import { withCouncil } from "@lgp/db";
import { initTRPC, TRPCError } from "@trpc/server";
import type { Context } from "../context";

const t = initTRPC.context<Context>().create();

export const councilScope = t.middleware(async ({ ctx, next }) => {
  if (ctx.site.kind !== "council") {
    throw new TRPCError({ code: "NOT_FOUND", message: "No council lives at this address." });
  }
  const { council } = ctx.site;
  // The result is settled inside the transaction, so a failed procedure rolls back everything it wrote.
  return withCouncil(ctx.database, council.slug, async (tx) => {
    const result = await next({ ctx: { council, tx } });
    if (!result.ok) throw result.error;
    return result;
  });
});
