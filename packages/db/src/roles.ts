import { sql } from "drizzle-orm";
import { rowsOf, type Tx } from "./database";
import { quoteIdent } from "./names";

/**
 * Creates a login-less role the owner can switch to, unable to create temporary objects; a no-op when
 * it exists as it should.
 */
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
  await withholdTemporaryObjects(tx, role);
}

/**
 * Postgres lets everyone (PUBLIC) create temporary tables. One made in a council's transaction outlives
 * it, on a pooled connection that the next council's work then uses, so council and platform roles
 * may not. Only the database's owner can take the right from PUBLIC; the owner itself keeps it.
 */
async function withholdTemporaryObjects(tx: Tx, role: string): Promise<void> {
  const held = async () => {
    const [row] = rowsOf<{ held: boolean; database: string }>(
      await tx.execute(
        sql`select has_database_privilege(${role}, current_database(), 'TEMPORARY') as held, current_database() as database`,
      ),
    );
    return row!;
  };
  // Read first: a REVOKE rewrites the database's catalog row, and provisioning transactions that each
  // rewrote it would wait on one another, or fail.
  const before = await held();
  if (!before.held) return;
  const database = quoteIdent(before.database);
  await tx.execute(sql.raw(`REVOKE TEMPORARY ON DATABASE ${database} FROM PUBLIC, ${quoteIdent(role)}`));
  if ((await held()).held) {
    throw new Error(
      `The role ${role} can still create temporary tables in the database ${before.database}, and only the ` +
        "database's owner can take that away. Run the app as the role that owns the database (pnpm db:owner " +
        `create sets one up), or have the owner run: REVOKE TEMPORARY ON DATABASE ${database} FROM PUBLIC;`,
    );
  }
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
