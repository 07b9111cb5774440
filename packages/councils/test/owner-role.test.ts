import { readFileSync } from "node:fs";
import { connectionWarnings, councilSchema, migrate, rowsOf, withCouncil, withPlatform, type Database } from "@lgp/db";
import { pgErrorCode } from "@lgp/db/testing";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { archiveCouncil, decodeArchive, restoreCouncil } from "../src/archive";
import { DEMO_COUNCILS } from "../src/demo";
import { resumeCouncil, suspendCouncil } from "../src/lifecycle";
import { prepareDatabase } from "../src/prepare";
import { standInModules, usePostgres } from "./helpers";

const temporaryTable = sql`create temporary table people (email text)`;

async function whoAmI(database: Database) {
  const [row] = rowsOf<{ superuser: boolean; createRole: boolean; ownsDatabase: boolean }>(
    await database.owner.execute(sql`
      select r.rolsuper as superuser, r.rolcreaterole as "createRole", d.datdba = r.oid as "ownsDatabase"
      from pg_roles r, pg_database d where r.rolname = current_user and d.datname = current_database()`),
  );
  return row!;
}

describe("the platform run by a database owner that is not a superuser", () => {
  const harness = usePostgres("owner", { fromEmpty: true });
  const slugs = DEMO_COUNCILS.map((d) => d.slug);

  it("connects as a role that owns the database and may create roles, and is not a superuser", async () => {
    expect(await whoAmI(harness.database)).toEqual({ superuser: false, createRole: true, ownsDatabase: true });
    expect(await connectionWarnings(harness.database)).toEqual([]);
  });

  it("migrates and provisions the demo councils as the web app does at start", async () => {
    const councils = await prepareDatabase(harness.database, { seedDemo: true, modules: standInModules });
    expect(councils.filter((c) => c.status === "active").map((c) => c.slug).sort()).toEqual([...slugs].sort());
    for (const slug of slugs) {
      const categories = await withCouncil(harness.database, slug, (tx) => tx.select().from(councilSchema.categories));
      expect(categories).toHaveLength(4);
    }
  });

  it("no council's role, nor the platform's, can create a temporary table", async () => {
    for (const slug of slugs) {
      await expect(withCouncil(harness.database, slug, (tx) => tx.execute(temporaryTable))).rejects.toSatisfy((e) => pgErrorCode(e) === "42501");
    }
    await expect(withPlatform(harness.database, (tx) => tx.execute(temporaryTable))).rejects.toSatisfy((e) => pgErrorCode(e) === "42501");
  });

  it("suspends, archives (dropping the council's role) and restores a council", async () => {
    await suspendCouncil(harness.database, "sutton");
    await resumeCouncil(harness.database, "sutton");
    const file = await archiveCouncil(harness.database, "sutton");
    const [dropped] = rowsOf<{ role: boolean }>(
      await harness.database.owner.execute(sql`select exists(select from pg_roles where rolname = ${harness.database.roles.council("sutton")}) as role`),
    );
    expect(dropped!.role).toBe(false);
    await restoreCouncil(harness.database, decodeArchive(readFileSync(file)));
    const names = await withCouncil(harness.database, "sutton", (tx) => tx.select().from(councilSchema.categories));
    expect(names).toHaveLength(4);
    await expect(withCouncil(harness.database, "sutton", (tx) => tx.execute(temporaryTable))).rejects.toSatisfy((e) => pgErrorCode(e) === "42501");
  });

  it("migrates every council again, finding each up to date", async () => {
    const reports = await migrate(harness.database);
    expect(reports.map((r) => [r.schema, r.applied])).toEqual([
      ["platform", []],
      ...[...slugs].sort().map((slug) => [`council_${slug}`, []]),
    ]);
  });
});
