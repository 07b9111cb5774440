import { CouncilInputError } from "@lgp/councils";
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import type { Context } from "./context";
import { councilScope } from "./middleware/council-scope";
import { platformScope } from "./middleware/platform-scope";

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const fields =
      cause instanceof ZodError
        ? Object.fromEntries(cause.issues.map((i) => [i.path.join("."), i.message]))
        : cause instanceof CouncilInputError
          ? cause.fields
          : undefined;
    return { ...shape, data: { ...shape.data, stack: undefined, fields } };
  },
});

/** A person's mistake becomes a 400 with their message; anything else stays an internal error. */
const inputErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof CouncilInputError) {
    throw new TRPCError({ code: "BAD_REQUEST", message: result.error.cause.message, cause: result.error.cause });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** Anyone, on any host. Touches no council's data. */
export const publicProcedure = t.procedure.use(inputErrors);

/**
 * On a council's site only, inside a transaction bound to that council (its schema, its role):
 * `ctx.tx` cannot read or write another council's data.
 */
export const councilProcedure = publicProcedure.use(councilScope);

/** On the platform's own host only, as the platform role: the registry, no council's schema. */
export const platformProcedure = publicProcedure.use(platformScope);
