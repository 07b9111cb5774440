import { withPlatform } from "@lgp/db";
import { initTRPC, TRPCError } from "@trpc/server";
import type { Context } from "../context";

const t = initTRPC.context<Context>().create();

export const platformScope = t.middleware(async ({ ctx, next }) => {
  if (ctx.site.kind !== "platform") {
    throw new TRPCError({ code: "NOT_FOUND", message: "This is only available on the platform's own site." });
  }
  return withPlatform(ctx.database, async (tx) => {
    const result = await next({ ctx: { tx } });
    if (!result.ok) throw result.error;
    return result;
  });
});
