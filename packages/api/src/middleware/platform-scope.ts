import { platformScope } from "@lgp/db";
import { recordAudit, type AuditEvent } from "@lgp/identity";
import { initTRPC, TRPCError } from "@trpc/server";
import type { Context } from "../context";
import { personOnSite } from "./site-person";

const t = initTRPC.context<Context>().create();

/**
 * Binds the procedure to the platform schema, as the platform role; `ctx.person` is who is signed in as
 * the platform's own people know them (see site-person.ts), and `ctx.audit` records there.
 */
export const platformScopeMiddleware = t.middleware(async ({ ctx, next }) => {
  if (ctx.site.kind !== "platform") {
    throw new TRPCError({ code: "NOT_FOUND", message: "This is only available on the platform's own site." });
  }
  const scope = platformScope(ctx.database);
  return scope.run(async (tx) => {
    const person = await personOnSite(tx, scope, ctx.person);
    const audit = (event: Omit<AuditEvent, "actor" | "ip" | "userAgent">) =>
      recordAudit(tx, scope, { ...event, actor: person?.email ?? "anonymous", ip: ctx.origin.ip, userAgent: ctx.origin.userAgent });
    const result = await next({ ctx: { scope, tx, person, audit } });
    if (!result.ok) throw result.error;
    return result;
  });
});
