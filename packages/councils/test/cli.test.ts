import { connectPostgres, rowsOf } from "@lgp/db";
import { createTestDatabase, type TestDatabase } from "@lgp/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCouncilCli } from "./helpers";

describe("pnpm council on a database that has never been migrated", () => {
  let test: TestDatabase;
  let url: string;
  beforeAll(async () => {
    test = await createTestDatabase("cli");
    url = await test.createOwnerRole();
  });
  afterAll(() => test?.drop());

  it("says to run pnpm db:migrate first and exits 1, creating nothing", async () => {
    const result = await runCouncilCli(url, ["create", "--slug", "merton", "--name", "London Borough of Merton"]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe("This database has never been migrated. Run pnpm db:migrate first, then this command again.");
    expect(result.stdout).toBe("");
    const database = await connectPostgres(url, { max: 1 });
    try {
      const schemas = rowsOf(await database.owner.execute(sql`select nspname from pg_namespace where nspname in ('platform', 'council_merton')`));
      expect(schemas).toEqual([]);
    } finally {
      await database.close();
    }
  });
});
