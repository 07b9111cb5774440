import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { connectPostgres } from "../src/drivers/postgres";
import { applyCouncilMigrations, migrate } from "../src/migrate";
import { councilSchemaName, quoteIdent } from "../src/names";
import { ensureRole, grantSchemaTo } from "../src/roles";
import { RUN_VARIABLE, TEMPLATE_PREFIX, admin } from "../src/test-server";
import { createMigratedTestDatabase, createTestDatabase, databaseSnapshot, migratedTemplate, type TestTemplate } from "../src/testing";

/** Two councils, made as provisioning makes them (provisionCouncil is the councils package's, above this one). */
const withCouncils: TestTemplate = {
  name: "db-test-councils",
  async prepare(database) {
    for (const slug of ["kingston", "richmond"]) {
      await database.owner.transaction(async (tx) => {
        await tx.execute(sql`insert into platform.councils (slug, name, status) values (${slug}, ${`Council ${slug}`}, 'active')`);
        await ensureRole(tx, database.roles.council(slug));
        await tx.execute(sql.raw(`CREATE SCHEMA ${quoteIdent(councilSchemaName(slug))}`));
        await applyCouncilMigrations(tx, slug);
        await grantSchemaTo(tx, councilSchemaName(slug), database.roles.council(slug));
      });
    }
  },
};

/** What a test database copied from `template` stands in for: one made from empty, then migrated and prepared. */
async function fromEmpty(template: TestTemplate, owner: boolean) {
  const test = await createTestDatabase("tpl_empty");
  const database = await connectPostgres(owner ? await test.createOwnerRole() : test.url, { max: 1 });
  try {
    await migrate(database);
    await template.prepare?.(database);
  } finally {
    await database.close();
  }
  return test;
}

async function templatesOfThisRun(): Promise<{ datname: string; datistemplate: boolean }[]> {
  const server = admin();
  try {
    return await server`select datname, datistemplate from pg_database where datname like ${`${TEMPLATE_PREFIX}${process.env[RUN_VARIABLE]}\\_%`}`;
  } finally {
    await server.end();
  }
}

describe("a test database copied from the run's template", () => {
  it("is a copy: the run has a template (made by @lgp/db/testing/run, vitest's globalSetup)", () => {
    expect(process.env[RUN_VARIABLE]).toMatch(/^[0-9a-f]{8}$/);
  });

  // Each kind of template, and each kind of owner: a role that is not a superuser, or the superuser. Side
  // by side, as test files of one run copy their templates.
  for (const [template, owner] of [[migratedTemplate, true], [withCouncils, false], [withCouncils, true]] as const) {
    it.concurrent(`has the objects, owners, privileges, roles and rows of one made from empty (${template.name}, ${owner ? "owned by its owner role" : "as the superuser"})`, async ({ expect }) => {
      const empty = await fromEmpty(template, owner);
      try {
        const copy = await createMigratedTestDatabase("tpl_copy", { template, owner });
        try {
          const snapshot = await databaseSnapshot(copy.name);
          expect(snapshot.some((line) => line.startsWith("relation r | platform.councils | "))).toBe(true);
          expect(snapshot).toEqual(await databaseSnapshot(empty.name));
        } finally {
          await copy.drop();
        }
      } finally {
        await empty.drop();
      }
    });
  }

  it("is made once per run, and copying and dropping copies leaves the template as it was", async () => {
    const before = await templatesOfThisRun();
    expect(before.filter((t) => t.datistemplate)).toHaveLength(2); // the two above
    const copies = await Promise.all([1, 2, 3].map(() => createMigratedTestDatabase("tpl_again", { template: withCouncils, owner: true })));
    await Promise.all(copies.map((c) => c.drop()));
    expect(await templatesOfThisRun()).toEqual(before);
  });
});
