import { councilScope } from "@lgp/db";
import { personOfSession, recordAudit, type AuditEvent } from "@lgp/identity";
import { initTRPC, TRPCError } from "@trpc/server";
import type { Context } from "../context";
import { personOnSite } from "./site-person";

const t = initTRPC.context<Context>().create();

/**
 * Binds the procedure to the host's council: `ctx.tx` is a transaction as that council's role, which
 * can reach that council's schema and nothing else, and `ctx.person` is who is signed in as that
 * council's own people know them (see site-person.ts). `ctx.audit` records in the same transaction, so
 * a change and its audit row commit or roll back together.
 */
export const councilScopeMiddleware = t.middleware(async ({ ctx, next }) => {
  if (ctx.site.kind !== "council") {
    throw new TRPCError({ code: "NOT_FOUND", message: "No council lives at this address." });
  }
  const { council } = ctx.site;
  const scope = councilScope(ctx.database, council.slug);
  // Work for the platform's registry (a council's name, colours, modules) cannot run inside the council's
  // transaction: the council's role cannot reach it, and the embedded database has one connection. It runs
  // as the platform role once the council's transaction (with its audit row) has committed.
  const afterCommit: (() => Promise<void>)[] = [];
  const result = await scope.run(async (tx) => {
    const person = ctx.sessionToken && !ctx.person ? await personOfSession(tx, scope, ctx.sessionToken) : await personOnSite(tx, scope, ctx.person);
    const audit = (event: Omit<AuditEvent, "actor" | "ip" | "userAgent">) =>
      recordAudit(tx, scope, { ...event, actor: person?.email ?? "anonymous", ip: ctx.origin.ip, userAgent: ctx.origin.userAgent });
    const done = await next({ ctx: { council, scope, tx, person, audit, afterCommit: (fn: () => Promise<void>) => afterCommit.push(fn) } });
    if (!done.ok) throw done.error;
    return done;
  });
  for (const fn of afterCommit) await fn();
  return result;
});
