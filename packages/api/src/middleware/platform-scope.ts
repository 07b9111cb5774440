import { platformScope } from "@lgp/db";
import { recordAudit, type AuditEvent } from "@lgp/identity";
import { initTRPC, TRPCError } from "@trpc/server";
import type { Context } from "../context";

const t = initTRPC.context<Context>().create();

/** Binds the procedure to the platform schema, as the platform role; `ctx.audit` records there. */
export const platformScopeMiddleware = t.middleware(async ({ ctx, next }) => {
  if (ctx.site.kind !== "platform") {
    throw new TRPCError({ code: "NOT_FOUND", message: "This is only available on the platform's own site." });
  }
  const scope = platformScope(ctx.database);
  return scope.run(async (tx) => {
    const audit = (event: Omit<AuditEvent, "actor" | "ip" | "userAgent">) =>
      recordAudit(tx, scope, { ...event, actor: ctx.person?.email ?? "anonymous", ip: ctx.origin.ip, userAgent: ctx.origin.userAgent });
    const result = await next({ ctx: { scope, tx, audit } });
    if (!result.ok) throw result.error;
    return result;
  });
});
