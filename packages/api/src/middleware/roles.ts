import type { Role } from "@lgp/identity";
import { initTRPC, TRPCError } from "@trpc/server";
import type { Context, Person } from "../context";

const t = initTRPC.context<Context>().create();

/*
 * Both run after a site is bound, which replaces `ctx.person` with who is signed in as that site's own
 * people know them: the roles checked here are read from the site's schema, never taken from the caller.
 */

/** Someone is signed in on this site. */
export const signedIn = t.middleware(({ ctx, next }) => {
  if (!ctx.person) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to do this." });
  return next({ ctx: { person: ctx.person as Person } });
});

/** The signed-in person holds at least one of `roles` on this site. */
export function holding(roles: readonly Role[]) {
  return t.middleware(({ ctx, next }) => {
    if (!ctx.person) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to do this." });
    if (!ctx.person.roles.some((r) => roles.includes(r))) {
      throw new TRPCError({ code: "FORBIDDEN", message: "Your role does not allow this. Ask a council admin if you need it." });
    }
    return next({ ctx: { person: ctx.person as Person } });
  });
}
