import { councilSchema, quoteIdent, rowsOf, withCouncil, withPlatform, type Database, type Tx } from "@lgp/db";
import { pgErrorCode } from "@lgp/db/testing";
import { getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { beforeAll, describe, expect, it } from "vitest";
import { councilWithCategories, usePglite, usePostgres, type Harness } from "./helpers";

const namesIn = async (tx: Tx) => (await tx.select({ name: councilSchema.categories.name }).from(councilSchema.categories)).map((r) => r.name);

/** Every table and view in a schema, from the catalog: a table added to the template later is covered here unasked. */
async function relationsIn(database: Database, schema: string): Promise<string[]> {
  const rows = rowsOf<{ name: string }>(
    await database.owner.execute(sql`
      select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = ${schema} and c.relkind in ('r', 'p', 'v', 'm') order by c.relname`),
  );
  return rows.map((r) => r.name);
}

/** Runs each statement in a scoped transaction of its own: "allowed", "refused" (42501, permission denied) or the error. */
async function outcomesOf(run: (fn: (tx: Tx) => Promise<unknown>) => Promise<unknown>, statements: string[]) {
  const outcomes: Record<string, string> = {};
  for (const statement of statements) {
    outcomes[statement] = await run((tx) => tx.execute(sql.raw(statement))).then(
      () => "allowed",
      (error: unknown) => (pgErrorCode(error) === "42501" && /permission denied/.test(messagesOf(error)) ? "refused" : messagesOf(error)),
    );
  }
  return outcomes;
}

const each = (statements: string[], outcome: (statement: string) => string) => Object.fromEntries(statements.map((s) => [s, outcome(s)]));

function messagesOf(error: unknown): string {
  const messages = [];
  for (let e = error as { message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) messages.push(e.message);
  return messages.join(" / ");
}

const readAndDelete = (schema: string, tables: string[]) =>
  tables.flatMap((t) => [`select * from ${quoteIdent(schema)}.${quoteIdent(t)}`, `delete from ${quoteIdent(schema)}.${quoteIdent(t)}`]);

function isolationSuite(driver: string, harness: Harness, connections: "one" | "many") {
  describe(`isolation between councils (${driver})`, () => {
    const asAlpha = (fn: (tx: Tx) => Promise<unknown>) => withCouncil(harness.database, "alpha", fn);
    const asPlatform = (fn: (tx: Tx) => Promise<unknown>) => withPlatform(harness.database, fn);
    let alphaTables: string[];

    beforeAll(async () => {
      await councilWithCategories(harness.database, "alpha");
      await councilWithCategories(harness.database, "beta");
      alphaTables = await relationsIn(harness.database, "council_alpha");
    });

    it("finds every table of the council template in the catalog", () => {
      const declared = Object.values(councilSchema).filter((t) => is(t, PgTable)).map((t) => getTableName(t as PgTable));
      expect(declared.length).toBeGreaterThan(0);
      expect(alphaTables).toEqual(expect.arrayContaining([...declared, "__migrations"]));
    });

    it("lets a council's role read every table of its own schema but the migrations ledger", async () => {
      const own = alphaTables.map((t) => `select * from ${quoteIdent(t)}`);
      expect(await outcomesOf(asAlpha, own)).toEqual(each(own, (s) => (s.includes('"__migrations"') ? "refused" : "allowed")));
    });

    it("refuses council A's role every table of council B's schema, to read or to change (42501)", async () => {
      const statements = readAndDelete("council_beta", await relationsIn(harness.database, "council_beta"));
      expect(await outcomesOf(asAlpha, statements)).toEqual(each(statements, () => "refused"));
    });

    it("refuses council A's role every table of the platform schema (42501)", async () => {
      const platform = await relationsIn(harness.database, "platform");
      expect(platform).toContain("councils");
      const statements = readAndDelete("platform", platform);
      expect(await outcomesOf(asAlpha, statements)).toEqual(each(statements, () => "refused"));
    });

    it("refuses the platform role every table of a council's schema (42501)", async () => {
      const statements = readAndDelete("council_alpha", alphaTables);
      expect(await outcomesOf(asPlatform, statements)).toEqual(each(statements, () => "refused"));
    });

    it("refuses council and platform roles a temporary table (42501)", async () => {
      const byCouncil = ["create temporary table council_probe (n int)"];
      const byPlatform = ["create temporary table platform_probe (n int)"];
      expect(await outcomesOf(asAlpha, byCouncil)).toEqual(each(byCouncil, () => "refused"));
      expect(await outcomesOf(asPlatform, byPlatform)).toEqual(each(byPlatform, () => "refused"));
    });

    it("alternating councils one after another, no row crosses", async () => {
      for (let i = 0; i < 20; i++) {
        const slug = i % 2 === 0 ? "alpha" : "beta";
        const names = await withCouncil(harness.database, slug, namesIn);
        expect(names).toHaveLength(3);
        expect(names.every((n) => n.startsWith(`${slug} `))).toBe(true);
      }
    });

    it("many concurrent requests to two councils each see only their own data", async () => {
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) => {
          const slug = i % 2 === 0 ? "alpha" : "beta";
          return withCouncil(harness.database, slug, async (tx) => ({ slug, names: await namesIn(tx) }));
        }),
      );
      for (const { slug, names } of results) {
        expect(names.length).toBe(3);
        expect(names.every((n) => n.startsWith(`${slug} `))).toBe(true);
      }
    });

    it("a statement prepared under council A and executed under council B reads B, never A", async () => {
      // The same query text, run under A then B, is one prepared statement on a postgres.js connection.
      const a = await withCouncil(harness.database, "alpha", namesIn);
      const b = await withCouncil(harness.database, "beta", namesIn);
      expect(a.every((n) => n.startsWith("alpha "))).toBe(true);
      expect(b.every((n) => n.startsWith("beta "))).toBe(true);
      // And an explicitly named one: PREPARE under A, EXECUTE under B on the same session.
      const executedUnderB = await harness.database.owner.transaction(async (outer) => {
        await outer.execute(sql`select set_config('search_path', 'council_alpha', true), set_config('role', ${harness.database.roles.council("alpha")}, true)`);
        await outer.execute(sql.raw(`PREPARE lgp_crossing AS SELECT name FROM categories`));
        await outer.execute(sql`select set_config('search_path', 'council_beta', true), set_config('role', ${harness.database.roles.council("beta")}, true)`);
        const rows = rowsOf<{ name: string }>(await outer.execute(sql.raw(`EXECUTE lgp_crossing`)));
        await outer.execute(sql.raw(`DEALLOCATE lgp_crossing`));
        return rows.map((r) => r.name);
      });
      expect(executedUnderB.length).toBe(3);
      expect(executedUnderB.every((n) => n.startsWith("beta "))).toBe(true);
    });

    it("a failed council transaction leaves no partial write", async () => {
      const attempt = withCouncil(harness.database, "alpha", async (tx) => {
        await tx.insert(councilSchema.categories).values({ slug: "half", name: "alpha half-written" });
        await tx.insert(councilSchema.categories).values({ slug: "half", name: "alpha duplicate" });
      });
      await expect(attempt).rejects.toThrow();
      expect(await withCouncil(harness.database, "alpha", namesIn)).not.toContain("alpha half-written");
    });

    if (connections === "one") leftBehindSuite(harness);
  });
}

/**
 * On one connection every transaction shares a session, so whatever a council's transaction leaves on
 * it, the next council's would meet: here each check looks at the very session the council used.
 */
function leftBehindSuite(harness: Harness) {
  describe("one council's transaction leaves nothing on the connection for the next", () => {
    const session = async (tx: Pick<Tx, "execute">) => {
      const [row] = rowsOf<{ user: string; sessionUser: string; path: string; defaultPath: string }>(
        await tx.execute(sql`select current_user as "user", session_user as "sessionUser", current_setting('search_path') as path,
          (select reset_val from pg_settings where name = 'search_path') as "defaultPath"`),
      );
      return row!;
    };

    it("the connection is the owner's again, on its default search path", async () => {
      const inside = await withCouncil(harness.database, "alpha", session);
      expect(inside).toMatchObject({ user: harness.database.roles.council("alpha"), path: `"council_alpha", pg_temp` });
      const after = await session(harness.database.owner);
      expect(after.user).toBe(inside.sessionUser);
      expect(after.path).toBe(after.defaultPath);
    });

    it("a council's attempt at a temporary object fails and leaves none", async () => {
      const attempts = ["create temporary table people (email text)", "create temporary view people as select 1", "create temporary sequence people_seq"];
      const asAlpha = (fn: (tx: Tx) => Promise<unknown>) => withCouncil(harness.database, "alpha", fn);
      expect(await outcomesOf(asAlpha, attempts)).toEqual(each(attempts, () => "refused"));
      const [row] = rowsOf<{ n: number }>(
        await harness.database.owner.execute(sql`select count(*)::int as n from pg_class where relnamespace = pg_my_temp_schema()`),
      );
      expect(row!.n).toBe(0);
    });

    it("a temporary table cannot shadow a council's table: pg_temp comes last on the path", async () => {
      // Only the owner can still make one; it stands for any left on the connection.
      await harness.database.owner.execute(sql`create temporary table categories (name text)`);
      try {
        await harness.database.owner.execute(sql`insert into pg_temp.categories values ('shadow')`);
        await harness.database.owner.execute(sql`grant select on pg_temp.categories to public`);
        expect(await withCouncil(harness.database, "alpha", namesIn)).toEqual(["alpha category 0", "alpha category 1", "alpha category 2"]);
      } finally {
        await harness.database.owner.execute(sql`drop table pg_temp.categories`);
      }
    });

    it("a statement a council PREPAREs, whether its transaction commits or fails, is gone when the next begins", async () => {
      await withCouncil(harness.database, "alpha", (tx) => tx.execute(sql.raw(`PREPARE lgp_committed AS SELECT name FROM categories`)));
      const failed = withCouncil(harness.database, "alpha", async (tx) => {
        await tx.execute(sql.raw(`PREPARE lgp_rolled_back AS SELECT name FROM categories`));
        throw new Error("abandoned");
      });
      await expect(failed).rejects.toThrow("abandoned");
      const seenByBeta = await withCouncil(harness.database, "beta", async (tx) =>
        rowsOf<{ name: string }>(await tx.execute(sql`select name from pg_prepared_statements where from_sql`)).map((r) => r.name),
      );
      expect(seenByBeta).toEqual([]);
      const run = withCouncil(harness.database, "beta", (tx) => tx.execute(sql.raw(`EXECUTE lgp_committed`)));
      await expect(run).rejects.toSatisfy((e) => pgErrorCode(e) === "26000");
    });
  });
}

describe("on a Postgres server, pool of one connection", () => {
  isolationSuite("postgres.js, max 1", usePostgres("isolation1", { max: 1 }), "one");
});
describe("on a Postgres server, pool of ten", () => {
  isolationSuite("postgres.js, max 10", usePostgres("isolation10", { max: 10 }), "many");
});
describe("on embedded Postgres, one connection by nature", () => {
  isolationSuite("PGlite", usePglite(), "one");
});
