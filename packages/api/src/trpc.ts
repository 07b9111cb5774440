import type { CouncilRole } from "@lgp/identity";
import type { ModuleKey } from "@lgp/modules";
import { initTRPC, TRPCError } from "@trpc/server";
import type { Context } from "./context";
import { shapeError } from "./error-shape";
import { councilScopeMiddleware } from "./middleware/council-scope";
import { errors } from "./middleware/errors";
import { platformHost } from "./middleware/platform-host";
import { platformScopeMiddleware } from "./middleware/platform-scope";
import { holding, signedIn } from "./middleware/roles";
import { storableInput } from "./middleware/storable-input";

const t = initTRPC.context<Context>().create({ errorFormatter: ({ shape, error }) => shapeError(shape, error) });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/*
 * Each procedure is named by what it guarantees. Routers pick one; none checks a role by hand.
 * The site is bound first, and who is signed in is read afresh from that site's own people; a role
 * check then refuses before the procedure runs, and its transaction ends having read only that.
 */

/** Anyone, on any host. Touches no council's data. Every procedure starts here: its errors and raw input are checked once. */
export const publicProcedure = t.procedure.use(errors).use(storableInput);

/** Anyone on a council's site, bound to that council (`ctx.tx` reaches its schema only). */
export const councilProcedure = publicProcedure.use(councilScopeMiddleware);

/** Anyone on a council's site that has `module` switched on (404 where it is off), bound to the council. */
export const moduleProcedure = (module: ModuleKey) =>
  councilProcedure.use(({ ctx, next }) => {
    if (!ctx.council.modules.includes(module)) throw new TRPCError({ code: "NOT_FOUND", message: "This council does not offer this service." });
    return next();
  });

/** Someone signed in on this council's site, bound to the council. */
export const signedInProcedure = councilProcedure.use(signedIn);

/** Someone holding one of `roles` on this council's site (council admin, provider owner, …), bound to the council. */
export const roleProcedure = (...roles: [CouncilRole, ...CouncilRole[]]) => councilProcedure.use(holding(roles));

/**
 * Someone holding one of `roles` on a council's site that has `module` switched on, bound to the council.
 * The module is checked first: where it is off, the procedure is not there for anyone (404).
 */
export const moduleRoleProcedure = (module: ModuleKey, ...roles: [CouncilRole, ...CouncilRole[]]) => moduleProcedure(module).use(holding(roles));

/**
 * A platform operator on the platform's own host. Holds no transaction (see platform-host.ts): each
 * step runs in its own, as the platform role or, for one council's data, as that council's role.
 */
export const operatorProcedure = publicProcedure.use(platformHost).use(holding(["platform_operator"]));

/** Anyone on the platform's own host, as the platform role: the registry, no council's schema. */
export const platformProcedure = publicProcedure.use(platformScopeMiddleware);
