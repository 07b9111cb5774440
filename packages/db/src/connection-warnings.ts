import { sql } from "drizzle-orm";
import { rowsOf, type Database } from "./database";

/**
 * What an operator should hear about the connection before the app takes requests: today, that it is a
 * superuser's. SQL in a council's transaction can RESET ROLE to the connecting role, so whatever that
 * role may do, a mistake there may too, and a superuser may do anything on the server: other databases
 * and the server's files included. The embedded database's one user lives inside this process, so
 * there is nothing to say about it.
 */
export async function connectionWarnings(database: Database): Promise<string[]> {
  if (database.driver === "pglite") return [];
  const [row] = rowsOf<{ role: string; superuser: boolean }>(
    await database.owner.execute(sql`select rolname as role, rolsuper as superuser from pg_roles where rolname = current_user`),
  );
  if (!row!.superuser) return [];
  return [
    `Connected to Postgres as ${row!.role}, a superuser. The app needs far less: set up a role that owns this ` +
      "database and is not a superuser with `pnpm db:owner create`, then set DATABASE_URL to the address it prints.",
  ];
}
