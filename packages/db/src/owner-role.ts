import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { InputError } from "./input-error";
import { quoteIdent, roleNamesFor } from "./names";

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface OwnerRole {
  role: string;
  /** The DATABASE_URL the app should run with. */
  url: string;
}

/**
 * Creates the role the app runs as on a Postgres server, given a superuser's address for the database.
 * It owns the database, which lets it create schemas and take from everyone else the right to create
 * temporary tables; it may create roles, one per council, which it grants itself so it can switch to
 * them; it is not a superuser. The role's name defaults to one carrying the database's name, as every
 * other role of the platform's does.
 */
export async function createOwnerRole(superuserUrl: string, role?: string): Promise<OwnerRole> {
  const admin = postgres(superuserUrl, { max: 1, onnotice: () => {} });
  try {
    const [me] = await admin<{ user: string; superuser: boolean; database: string }[]>`
      select rolname as user, rolsuper as superuser, current_database() as database from pg_roles where rolname = current_user`;
    const { user, superuser, database } = me!;
    const name = role ?? roleNamesFor(database).owner;
    if (!ROLE_NAME.test(name)) {
      throw new InputError(`"${name}" cannot be a role's name here: use up to 63 lowercase letters, digits and underscores.`);
    }
    if (!superuser) {
      throw new InputError(
        `${user} is not a superuser, so it cannot create the app's role. Give a superuser's address for the ` +
          "database with --superuser-url (or in DATABASE_URL).",
      );
    }
    const [taken] = await admin`select 1 from pg_roles where rolname = ${name}`;
    if (taken) throw new InputError(`A role named ${name} already exists. Choose another name, or drop that role first.`);
    const [platform] = await admin<{ owner: string }[]>`
      select pg_get_userbyid(nspowner) as owner from pg_namespace where nspname = 'platform'`;
    if (platform) {
      throw new InputError(
        `The database ${database} has already been migrated by ${platform.owner}, whose tables a new role could not ` +
          "change. Set up the role on a new, empty database, move each council across with `pnpm council " +
          "archive` and `pnpm council restore`, and add the operators again with `pnpm operator add`.",
      );
    }
    return await giveDatabaseTo(admin, superuserUrl, database, name);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

/**
 * Creates the role and makes it the database's owner, with no checks: createOwnerRole's last step, and
 * how a test database copied from a template gets its own owner (testing.ts).
 */
export async function giveDatabaseTo(admin: postgres.Sql, superuserUrl: string, database: string, name: string): Promise<OwnerRole> {
  const password = randomBytes(24).toString("base64url");
  await admin.begin(async (tx) => {
    await tx.unsafe(
      `CREATE ROLE ${quoteIdent(name)} LOGIN CREATEROLE NOSUPERUSER NOCREATEDB NOREPLICATION NOBYPASSRLS PASSWORD '${password}'`,
    );
    await tx.unsafe(`ALTER DATABASE ${quoteIdent(database)} OWNER TO ${quoteIdent(name)}`);
  });
  const url = new URL(superuserUrl);
  url.username = name;
  url.password = password;
  return { role: name, url: url.toString() };
}
