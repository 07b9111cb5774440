import { sql } from "drizzle-orm";
import type { Tx } from "./database";
import { quoteIdent } from "./names";

/** Creates a login-less role the owner can switch to; a no-op when it exists. */
export async function ensureRole(tx: Tx, role: string): Promise<void> {
  const literal = `'${role.replaceAll("'", "''")}'`;
  await tx.execute(
    sql.raw(
      `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ${literal}) THEN ` +
        `CREATE ROLE ${quoteIdent(role)} NOLOGIN NOINHERIT; END IF; END $$`,
    ),
  );
  // A non-superuser owner can only SET ROLE to roles it belongs to.
  await tx.execute(sql.raw(`GRANT ${quoteIdent(role)} TO CURRENT_USER`));
}

/**
 * Grants a role the use of one schema's tables. Tables created there later by the owner get the same
 * grants through default privileges, so a migration adding a table needs no grant of its own; a
 * migration that must withhold a privilege (an append-only table, say) revokes it.
 */
export async function grantSchemaTo(tx: Tx, schema: string, role: string): Promise<void> {
  const s = quoteIdent(schema);
  const r = quoteIdent(role);
  for (const statement of [
    `GRANT USAGE ON SCHEMA ${s} TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${s} TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT USAGE, SELECT ON SEQUENCES TO ${r}`,
    `REVOKE ALL ON ${s}."__migrations" FROM ${r}`,
  ]) {
    await tx.execute(sql.raw(statement));
  }
}
