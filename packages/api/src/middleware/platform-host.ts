import { platformScope } from "@lgp/db";
import { recordAudit, type AuditEvent } from "@lgp/identity";
import { initTRPC, TRPCError } from "@trpc/server";
import type { Context } from "../context";
import { personOnSite } from "./site-person";

const t = initTRPC.context<Context>().create();

/**
 * The platform's own host, without holding a transaction: an operator's work spans the registry and
 * councils (provisioning runs its own transactions), so each step opens its own. `ctx.person` is who is
 * signed in as the platform's own people know them (see site-person.ts); `ctx.audit` records in the
 * platform's log in a transaction of its own.
 */
export const platformHost = t.middleware(async ({ ctx, next }) => {
  if (ctx.site.kind !== "platform") {
    throw new TRPCError({ code: "NOT_FOUND", message: "This is only available on the platform's own site." });
  }
  const platform = platformScope(ctx.database);
  const person = await platform.run((tx) => personOnSite(tx, platform, ctx.person));
  const audit = (event: Omit<AuditEvent, "actor" | "ip" | "userAgent">) =>
    platform.run((tx) => recordAudit(tx, platform, { ...event, actor: person?.email ?? "anonymous", ip: ctx.origin.ip, userAgent: ctx.origin.userAgent }));
  return next({ ctx: { platform, person, audit } });
});
