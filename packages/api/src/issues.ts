export interface Issue {
  path: PropertyKey[];
  message: string;
}

/**
 * The validation issues in an error's cause, if it is a zod error. Checked by shape, not class: tRPC
 * re-wraps causes that are not plain Errors, which loses the class but keeps the issues. Zod reports
 * every undeclared key of an object in one issue; here each becomes an issue of its own, at its own
 * path, so the field it names gets the message beside it like any other.
 */
export function issuesOf(cause: unknown): Issue[] | null {
  const issues = (cause as { issues?: unknown } | null | undefined)?.issues;
  if (!Array.isArray(issues) || !issues.every((i) => typeof i?.message === "string" && Array.isArray(i?.path))) return null;
  return (issues as (Issue & { code?: string; keys?: string[] })[]).flatMap((issue) =>
    issue.code === "unrecognized_keys" && issue.keys
      ? issue.keys.map((key) => ({ path: [...issue.path, key], message: `Unrecognised field "${key}". Leave it out and try again.` }))
      : [issue],
  );
}
