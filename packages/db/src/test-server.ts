/** The Postgres server the tests make their throwaway databases (and this run's templates) on. */
import postgres from "postgres";
import { env } from "./env";
import { quoteIdent, roleNamesFor } from "./names";

/** The server tests run against; its database is only used to create and drop throwaway ones. */
export const testServerUrl = env.TEST_DATABASE_URL;

/** Names the test run, for the test files vitest starts (test-run.ts sets it; env.ts reads it). */
export const RUN_VARIABLE = "LGP_TEST_TEMPLATE_RUN";
/** Template databases are named `lgp_tpl_<run>_<hash>`. */
export const TEMPLATE_PREFIX = "lgp_tpl_";

/** A superuser's address for the database `name` on the test server. */
export const urlOf = (name: string) => Object.assign(new URL(testServerUrl), { pathname: `/${name}` }).toString();

/** A connection as the test server's superuser, to its own database or to `name`. */
export const admin = (name?: string) => postgres(name ? urlOf(name) : testServerUrl, { max: 1, onnotice: () => {} });

/** Drops a test database or template, and every role made for it (roles carry their database's name). */
export async function dropDatabase(name: string): Promise<void> {
  const server = admin();
  try {
    const [template] = await server`select from pg_database where datname = ${name} and datistemplate`;
    if (template) await server.unsafe(`ALTER DATABASE ${quoteIdent(name)} WITH IS_TEMPLATE false`);
    await server.unsafe(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    const { prefix } = roleNamesFor(name);
    // The owner role last: Postgres 16 and later keep a role while memberships it granted remain.
    const roles = await server<{ rolname: string }[]>`
      select rolname from pg_roles where rolname like ${`${prefix}\\_%`} order by rolcanlogin, rolname`;
    for (const { rolname } of roles) await server.unsafe(`DROP ROLE IF EXISTS ${quoteIdent(rolname)}`);
  } finally {
    await server.end();
  }
}
