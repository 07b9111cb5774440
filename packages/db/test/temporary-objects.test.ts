import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type Database } from "../src/database";
import { connectPglite } from "../src/drivers/pglite";
import { connectPostgres } from "../src/drivers/postgres";
import { migrate } from "../src/migrate";
import { withPlatform } from "../src/scope";
import { createTestDatabase, pgErrorCode, type TestDatabase } from "../src/testing";

/**
 * Temporary tables live as long as the connection, which a pool hands from one scope's transaction to
 * the next: each check runs on one connection, so it inspects the very session a scope used.
 */
function temporaryObjectsSuite(driver: string, open: () => Promise<Database>) {
  describe(`temporary objects once migrated (${driver})`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await open();
      await migrate(database);
    });
    afterAll(() => database?.close());

    it("no role but the owner may create temporary tables", async () => {
      const [row] = rowsOf<{ public: boolean; platform: boolean }>(
        await database.owner.execute(sql`select has_database_privilege('public', current_database(), 'TEMPORARY') as public,
          has_database_privilege(${database.roles.platform}, current_database(), 'TEMPORARY') as platform`),
      );
      expect(row).toEqual({ public: false, platform: false });
    });

    it("refuses the platform role a temporary table (42501)", async () => {
      const attempt = withPlatform(database, (tx) => tx.execute(sql`create temporary table platform_probe (n int)`));
      await expect(attempt).rejects.toSatisfy((e) => pgErrorCode(e) === "42501");
    });

    it("a temporary table cannot shadow a platform table: pg_temp comes last on the path", async () => {
      await database.owner.execute(sql`create temporary table councils (slug text)`);
      try {
        await database.owner.execute(sql`insert into pg_temp.councils values ('shadow')`);
        await database.owner.execute(sql`grant select on pg_temp.councils to public`);
        const slugs = await withPlatform(database, async (tx) => rowsOf<{ slug: string }>(await tx.execute(sql`select slug from councils`)));
        expect(slugs).toEqual([]);
      } finally {
        await database.owner.execute(sql`drop table pg_temp.councils`);
      }
    });
  });
}

let test: TestDatabase;
temporaryObjectsSuite("postgres.js, one connection, as the database's owner", async () => {
  test = await createTestDatabase("temporary");
  return connectPostgres(await test.createOwnerRole(), { max: 1 });
});
afterAll(() => test?.drop());
temporaryObjectsSuite("PGlite", () => connectPglite());
