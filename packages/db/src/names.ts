import { sql, type SQL } from "drizzle-orm";
import { createHash } from "node:crypto";

/**
 * How councils map to Postgres names. A slug is the council's short name in URLs and hostnames;
 * everything else (schema, role) is derived from it here and nowhere else.
 */
export const SLUG_PATTERN = /^[a-z][a-z0-9-]{1,29}$/;

export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value) && !value.endsWith("-") && !value.includes("--");
}

export function assertSlug(slug: string): void {
  if (!isSlug(slug)) {
    throw new Error(
      `"${slug}" is not a valid council slug: use 2 to 30 lowercase letters, digits and single hyphens, starting with a letter.`,
    );
  }
}

export function councilSchemaName(slug: string): string {
  assertSlug(slug);
  return `council_${slug.replaceAll("-", "_")}`;
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * The one way a transaction is pointed at a schema (requests, the migrator, the archive): this schema
 * alone, for the rest of the transaction only (set_config's `true` is SET LOCAL, so a pooled connection
 * never carries it into another council's work), with pg_temp named last. Left unnamed, Postgres searches
 * temporary tables first, so a temporary table left on a connection would shadow the schema's own.
 */
export function searchPathFor(schema: string): SQL {
  return sql`set_config('search_path', ${`${quoteIdent(schema)}, pg_temp`}, true)`;
}

/**
 * Roles are shared by every database on a Postgres server, so their names carry the database's name:
 * two databases on one server (a test run beside development, say) never share a council's role.
 */
export interface RoleNames {
  readonly prefix: string;
  readonly platform: string;
  /** The login role `pnpm db:owner create` makes by default: the app's, owning the database, not a superuser. */
  readonly owner: string;
  council(slug: string): string;
}

export function roleNamesFor(databaseName: string): RoleNames {
  const clean = databaseName.toLowerCase().replace(/[^a-z0-9_]/g, "_");
  // Postgres truncates names at 63 bytes, which would merge two councils' roles: "lgp_" + 20 + "_council_"
  // + a 30-character slug is 63. A longer database name keeps its start and a hash of the whole.
  const part = clean.length <= 20 ? clean : `${clean.slice(0, 11)}_${createHash("sha256").update(databaseName).digest("hex").slice(0, 8)}`;
  const prefix = `lgp_${part}`;
  return {
    prefix,
    platform: `${prefix}_platform`,
    owner: `${prefix}_owner`,
    council: (slug) => `${prefix}_${councilSchemaName(slug)}`,
  };
}
