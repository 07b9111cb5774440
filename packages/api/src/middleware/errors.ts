import { randomBytes } from "node:crypto";
import { ConflictError, InputError } from "@lgp/db";
import { initTRPC, TRPCError } from "@trpc/server";
import type { Context } from "../context";
import { issuesOf } from "../issues";

const t = initTRPC.context<Context>().create();

/** What a person did wrong, in their words, or null when the failure is not their mistake. */
function mistakeIn(cause: unknown): string | null {
  if (cause instanceof InputError) return cause.message;
  const issues = issuesOf(cause);
  return issues ? issues.map((i) => i.message).join(" ") : null;
}

/**
 * The one place a failure becomes what the caller is told. A person's mistake (input its schema refuses,
 * or an InputError from a domain package, wherever it was found) is a 400 with their message; a request
 * the state of things cannot meet (a ConflictError: the last place just went) is a 409 with its own. A refusal
 * the code chose (401, 403, 404, a 400 of its own) passes as it is and is not logged: it is an answer,
 * not a fault. Anything else is our fault: the caller gets a plain message and a reference, the log gets
 * the same reference with the real error, and no SQL, parameter or stack reaches a response.
 */
export const errors = t.middleware(async ({ type, path, next }) => {
  const result = await next();
  if (result.ok) return result;
  if (result.error.cause instanceof ConflictError) throw new TRPCError({ code: "CONFLICT", message: result.error.cause.message, cause: result.error.cause });
  const mistake = mistakeIn(result.error.cause);
  if (mistake !== null) throw new TRPCError({ code: "BAD_REQUEST", message: mistake, cause: result.error.cause });
  if (result.error.code !== "INTERNAL_SERVER_ERROR") return result;
  const reference = randomBytes(4).toString("hex").toUpperCase();
  console.error(`Unexpected error (reference ${reference}) in ${type} ${path}:`, result.error.cause ?? result.error);
  throw new TRPCError({
    code: "INTERNAL_SERVER_ERROR",
    message: `Something went wrong on our side. Try again in a few minutes; if it keeps happening, contact us and quote reference ${reference}.`,
  });
});
