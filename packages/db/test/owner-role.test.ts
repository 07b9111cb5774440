import { resolve } from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectionWarnings } from "../src/connection-warnings";
import { connectPglite } from "../src/drivers/pglite";
import { connectPostgres } from "../src/drivers/postgres";
import { migrate } from "../src/migrate";
import { roleNamesFor } from "../src/names";
import { createTestDatabase, runTypeScript, testServerUrl, type TestDatabase } from "../src/testing";

const packageDir = resolve(import.meta.dirname, "..");
const { DATABASE_URL: _unset, ...withoutDatabaseUrl } = process.env;
const ownerCommand = (...args: string[]) => runTypeScript(packageDir, ["src/cli/owner.ts", ...args], withoutDatabaseUrl);

async function query<T>(url: string, text: string): Promise<T[]> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return (await client.unsafe(text)) as unknown as T[];
  } finally {
    await client.end();
  }
}

describe("pnpm db:owner create", () => {
  let fresh: TestDatabase;
  let migrated: TestDatabase;
  let ownerUrl: string;
  beforeAll(async () => {
    [fresh, migrated] = await Promise.all([createTestDatabase("owner"), createTestDatabase("owner_migrated")]);
  });
  afterAll(() => Promise.all([fresh?.drop(), migrated?.drop()]));

  it("creates a login role that owns the database and may create roles, nothing more, and prints its DATABASE_URL", async () => {
    const result = await ownerCommand("create", "--superuser-url", fresh.url);
    expect(result.code).toBe(0);
    ownerUrl = /DATABASE_URL=(\S+)/.exec(result.stdout)![1]!;
    const role = roleNamesFor(fresh.name).owner;
    expect(new URL(ownerUrl).username).toBe(role);
    const [me] = await query<Record<string, unknown>>(
      ownerUrl,
      `select current_user as user, rolsuper, rolcreaterole, rolcreatedb, rolcanlogin, rolreplication, rolbypassrls,
        (select pg_get_userbyid(datdba) from pg_database where datname = current_database()) as database_owner
       from pg_roles where rolname = current_user`,
    );
    expect(me).toEqual({
      user: role,
      rolsuper: false,
      rolcreaterole: true,
      rolcreatedb: false,
      rolcanlogin: true,
      rolreplication: false,
      rolbypassrls: false,
      database_owner: role,
    });
  });

  it("gives a role that migrates the platform schema and takes temporary tables from everyone else", async () => {
    const database = await connectPostgres(ownerUrl, { max: 1 });
    try {
      expect((await migrate(database)).map((r) => r.schema)).toEqual(["platform"]);
    } finally {
      await database.close();
    }
    const [row] = await query<{ public: boolean; platform: boolean }>(
      fresh.url,
      `select has_database_privilege('public', current_database(), 'TEMPORARY') as public,
        has_database_privilege('${roleNamesFor(fresh.name).platform}', current_database(), 'TEMPORARY') as platform`,
    );
    expect(row).toEqual({ public: false, platform: false });
  });

  it("refuses a role that already exists, saying so (exit 2)", async () => {
    const result = await ownerCommand("create", "--superuser-url", fresh.url);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`A role named ${roleNamesFor(fresh.name).owner} already exists.`);
  });

  it("refuses an address that is not a superuser's (exit 2)", async () => {
    const result = await ownerCommand("create", `${roleNamesFor(fresh.name).prefix}_second`, "--superuser-url", ownerUrl);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("is not a superuser, so it cannot create the app's role");
  });

  it("refuses a database another role has already migrated, saying how to move across (exit 2)", async () => {
    const database = await connectPostgres(migrated.url, { max: 1 });
    await migrate(database).finally(() => database.close());
    const result = await ownerCommand("create", "--superuser-url", migrated.url);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/has already been migrated by \w+.*pnpm council archive/s);
    expect(await query(migrated.url, `select from pg_roles where rolname = '${roleNamesFor(migrated.name).owner}'`)).toEqual([]);
  });

  it("asks for a superuser's address when given none (exit 2)", async () => {
    const result = await ownerCommand("create");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Give a superuser's address for the app's database");
  });
});

describe("connectionWarnings", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase("warnings");
  });
  afterAll(() => test?.drop());

  const warningsFor = async (url: string) => {
    const database = await connectPostgres(url, { max: 1 });
    try {
      return await connectionWarnings(database);
    } finally {
      await database.close();
    }
  };

  it("warns when the app connects to a Postgres server as a superuser, saying what to do", async () => {
    const [warning, ...more] = await warningsFor(test.url);
    expect(more).toEqual([]);
    expect(warning).toMatch(/^Connected to Postgres as \w+, a superuser\..*pnpm db:owner create/);
  });

  it("says nothing for the database's owner that is not a superuser", async () => {
    expect(await warningsFor(await test.createOwnerRole())).toEqual([]);
  });

  it("says nothing for the embedded database, whose one user lives inside the process", async () => {
    const database = await connectPglite();
    try {
      expect(await connectionWarnings(database)).toEqual([]);
    } finally {
      await database.close();
    }
  });
});

describe("a test database's owner role", () => {
  it("is dropped with the database, after the roles it granted itself", async () => {
    const test = await createTestDatabase("owner_drop");
    const { prefix, owner, platform } = roleNamesFor(test.name);
    const roles = async () =>
      (await query<{ rolname: string }>(testServerUrl, `select rolname from pg_roles where rolname like '${prefix}\\_%' order by rolname`)).map((r) => r.rolname);
    try {
      const database = await connectPostgres(await test.createOwnerRole(), { max: 1 });
      await migrate(database).finally(() => database.close());
      expect(await roles()).toEqual([owner, platform]);
    } finally {
      await test.drop();
    }
    expect(await roles()).toEqual([]);
  });
});
