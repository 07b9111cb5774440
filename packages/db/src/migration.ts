export interface Migration {
  /** drizzle-kit's tag, e.g. `0003_add_wards`: the order of tags is the order of application. */
  readonly tag: string;
  readonly sql: string;
  readonly hash: string;
}

export function statementsOf(migration: Migration): string[] {
  return migration.sql
    .split("--> statement-breakpoint")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
