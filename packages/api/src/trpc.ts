import type { Module } from "@lgp/councils";
import { InputError } from "@lgp/db";
import type { CouncilRole } from "@lgp/identity";
import { initTRPC, TRPCError } from "@trpc/server";
import type { Context } from "./context";
import { issuesOf } from "./issues";
import { councilScopeMiddleware } from "./middleware/council-scope";
import { platformHost } from "./middleware/platform-host";
import { platformScopeMiddleware } from "./middleware/platform-scope";
import { holding, signedIn } from "./middleware/roles";

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const issues = issuesOf(cause);
    const fields = issues
      ? Object.fromEntries(issues.map((i) => [i.path.map(String).join("."), i.message]))
      : cause instanceof InputError
        ? cause.fields
        : undefined;
    return { ...shape, data: { ...shape.data, stack: undefined, fields } };
  },
});

/**
 * A person's mistake becomes a 400 with their message, wherever it was found (input parsing, or a
 * domain check such as "a Notify key is needed"); anything else stays an internal error.
 */
const inputErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR") {
    const cause = result.error.cause;
    if (cause instanceof InputError) throw new TRPCError({ code: "BAD_REQUEST", message: cause.message, cause });
    const issues = issuesOf(cause);
    if (issues) throw new TRPCError({ code: "BAD_REQUEST", message: issues.map((i) => i.message).join(" "), cause });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/*
 * Each procedure is named by what it guarantees. Routers pick one; none checks a role by hand.
 * Checks run before the transaction opens, so a refused request touches no council data.
 */

/** Anyone, on any host. Touches no council's data. */
export const publicProcedure = t.procedure.use(inputErrors);

/** Anyone on a council's site, bound to that council (`ctx.tx` reaches its schema only). */
export const councilProcedure = publicProcedure.use(councilScopeMiddleware);

/** Anyone on a council's site that has `module` switched on (404 where it is off), bound to the council. */
export const moduleProcedure = (module: Module) =>
  councilProcedure.use(({ ctx, next }) => {
    if (!ctx.council.modules.includes(module)) throw new TRPCError({ code: "NOT_FOUND", message: "This council does not offer this service." });
    return next();
  });

/** Someone signed in on this council's site, bound to the council. */
export const signedInProcedure = publicProcedure.use(signedIn).use(councilScopeMiddleware);

/** Someone holding one of `roles` on this council's site (council admin, provider owner, …), bound to the council. */
export const roleProcedure = (...roles: [CouncilRole, ...CouncilRole[]]) => publicProcedure.use(holding(roles)).use(councilScopeMiddleware);

/**
 * A platform operator on the platform's own host. Holds no transaction (see platform-host.ts): each
 * step runs in its own, as the platform role or, for one council's data, as that council's role.
 */
export const operatorProcedure = publicProcedure.use(holding(["platform_operator"])).use(platformHost);

/** Anyone on the platform's own host, as the platform role: the registry, no council's schema. */
export const platformProcedure = publicProcedure.use(platformScopeMiddleware);
