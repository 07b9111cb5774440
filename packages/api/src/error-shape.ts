import { ConflictError, InputError } from "@lgp/db";
import type { TRPCDefaultErrorShape, TRPCError } from "@trpc/server";
import { explainBatchRefusal } from "./batch-size";
import { issuesOf } from "./issues";

/**
 * What an HTTP caller gets for an error: the message (already made safe by middleware/errors.ts), and for
 * a person's mistake the message for each field, never a stack. `fields` is built only from validation
 * issues and InputErrors, whose messages were written for the person; no other cause is read.
 */
export function shapeError(shape: TRPCDefaultErrorShape, error: TRPCError) {
  const cause = error.cause;
  const issues = issuesOf(cause);
  const fields = issues
    ? Object.fromEntries(issues.map((i) => [i.path.map(String).join("."), i.message]))
    : cause instanceof InputError
      ? cause.fields
      : undefined;
  // A conflict's suggestions (the nearest free times) were made for the person, as its message was.
  const suggestions = cause instanceof ConflictError ? cause.suggestions : undefined;
  return { ...shape, message: explainBatchRefusal(shape.message), data: { ...shape.data, stack: undefined, fields, suggestions } };
}
