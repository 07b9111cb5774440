/**
 * Template databases for the tests. Migrating (and provisioning councils) for every test file costs more
 * with each migration and module; a database migrated once per test run, then copied for each file with
 * CREATE DATABASE … TEMPLATE, costs the same however many there are.
 *
 * Roles carry their database's name (names.ts), so a copy's objects still belong to, and are granted to,
 * the template's roles. A copy hands its objects to its own owner, drops whatever the template's roles
 * held in it, then sets up its own platform and council roles as migrating and provisioning do.
 * test/templates.test.ts holds a copy to a database made from empty: the same objects, owners, grants.
 */
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { rowsOf, type Database } from "./database";
import { connectPostgres } from "./drivers/postgres";
import { migrate } from "./migrate";
import { councilMigrations, platformMigrations } from "./migrations.generated";
import { councilSchemaName, quoteIdent, roleNamesFor } from "./names";
import { createOwnerRole, giveDatabaseTo } from "./owner-role";
import { ensureRole, grantSchemaTo } from "./roles";
import { admin, dropDatabase, TEMPLATE_PREFIX, urlOf } from "./test-server";

/** What a test database starts with, beyond the platform schema migrated. */
export interface TestTemplate {
  /** Tells this template from the run's others: one name, one `prepare`. */
  name: string;
  /** Run once per test run, on the template, as its owner (a role that is not a superuser). */
  prepare?: (database: Database) => Promise<void>;
}

/** The template's database for this run: its migrations in the name, so a changed migration makes another. */
function templateName(run: string, template: TestTemplate): string {
  const migrations = [...platformMigrations, ...councilMigrations].map((m) => `${m.tag}:${m.hash}`);
  const hash = createHash("sha256").update(JSON.stringify([template.name, migrations])).digest("hex").slice(0, 12);
  return `${TEMPLATE_PREFIX}${run}_${hash}`;
}

/**
 * Makes `name`, an empty database, into what `template` describes: owned by a role that is not a
 * superuser (made here) when `owner` is set, else by the superuser; migrated, then prepared, as its
 * owner. Returns the address to run the platform with.
 */
export async function prepareInPlace(name: string, template: TestTemplate, owner: boolean): Promise<string> {
  const appUrl = owner ? (await createOwnerRole(urlOf(name))).url : urlOf(name);
  const database = await connectPostgres(appUrl, { max: 2 });
  try {
    await migrate(database);
    await template.prepare?.(database);
  } finally {
    await database.close();
  }
  return appUrl;
}

/** A copy of this run's `template` (made first if need be) named `name`; returns the platform's address. */
export async function copyTemplate(run: string, template: TestTemplate, name: string, owner: boolean): Promise<string> {
  const source = await ensureTemplate(run, template);
  const server = admin();
  try {
    await server.unsafe(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(source)}`);
  } finally {
    await server.end();
  }
  return adopt(name, roleNamesFor(source).prefix, owner);
}

async function ensureTemplate(run: string, template: TestTemplate): Promise<string> {
  const name = templateName(run, template);
  const server = admin();
  try {
    // Test files of one run may start together; the first makes the template, the others wait for it.
    await server`select pg_advisory_lock(hashtextextended(${name}, 0))`;
    const [found] = await server<{ ready: boolean }[]>`select datistemplate as ready from pg_database where datname = ${name}`;
    if (found?.ready) return name;
    if (found) await dropDatabase(name); // a start that was cut short
    await server.unsafe(`CREATE DATABASE ${quoteIdent(name)}`);
    try {
      await prepareInPlace(name, template, true);
      // Owned by the superuser, so that handing a copy's objects to its own owner leaves the template be.
      await server.unsafe(`ALTER DATABASE ${quoteIdent(name)} OWNER TO CURRENT_USER`);
      await server`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${name}`;
      await server.unsafe(`ALTER DATABASE ${quoteIdent(name)} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
    } catch (error) {
      await dropDatabase(name);
      throw error;
    }
    return name;
  } finally {
    await server.end(); // and with the session, its lock
  }
}

/**
 * Gives a fresh copy its own roles: its owner (when asked) takes the template owner's objects, the
 * template's roles lose what they held here, and the platform's and each council's role are set up for
 * this database's names by the code that set them up in the template (migrate, ensureRole, grantSchemaTo).
 */
async function adopt(name: string, templatePrefix: string, owner: boolean): Promise<string> {
  const copy = admin(name);
  let appUrl = urlOf(name);
  try {
    if (owner) appUrl = (await giveDatabaseTo(copy, urlOf(name), name, roleNamesFor(name).owner)).url;
    const target = owner ? quoteIdent(roleNamesFor(name).owner) : "CURRENT_USER";
    const inherited = await copy<{ rolname: string }[]>`
      select rolname from pg_roles where rolname like ${`${templatePrefix}\\_%`} order by rolcanlogin, rolname`;
    // One role at a time, the template's owner last: one statement naming a role that granted default
    // privileges and the role it granted them to trips over the entry it has just removed.
    for (const role of inherited.map((r) => quoteIdent(r.rolname))) {
      await copy.unsafe(`REASSIGN OWNED BY ${role} TO ${target}`);
      await copy.unsafe(`DROP OWNED BY ${role}`);
    }
  } finally {
    await copy.end();
  }
  const database = await connectPostgres(appUrl, { max: 1 });
  try {
    await migrate(database); // nothing to apply: sets up the platform's role, and each council's
    const councils = rowsOf<{ slug: string }>(
      await database.owner.execute(sql`select slug from platform.councils where status in ('active', 'suspended') order by slug`),
    );
    for (const { slug } of councils) {
      await database.owner.transaction(async (tx) => {
        await ensureRole(tx, database.roles.council(slug));
        await grantSchemaTo(tx, councilSchemaName(slug), database.roles.council(slug));
      });
    }
  } finally {
    await database.close();
  }
  return appUrl;
}
