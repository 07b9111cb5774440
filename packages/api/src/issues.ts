export interface Issue {
  path: PropertyKey[];
  message: string;
}

/**
 * The validation issues in an error's cause, if it is a zod error. Checked by shape, not class: tRPC
 * re-wraps causes that are not plain Errors, which loses the class but keeps the issues.
 */
export function issuesOf(cause: unknown): Issue[] | null {
  const issues = (cause as { issues?: unknown } | null | undefined)?.issues;
  return Array.isArray(issues) && issues.every((i) => typeof i?.message === "string" && Array.isArray(i?.path)) ? (issues as Issue[]) : null;
}
