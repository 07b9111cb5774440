import { councilSchema, withCouncil, withPlatform, rowsOf, type Tx } from "@lgp/db";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { councilWithCategories, usePglite, usePostgres, type Harness } from "./helpers";

const namesIn = async (tx: Tx) => (await tx.select({ name: councilSchema.categories.name }).from(councilSchema.categories)).map((r) => r.name);

function pgCode(error: unknown): string | undefined {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code) return e.code;
  }
  return undefined;
}

function isolationSuite(driver: string, harness: Harness) {
  describe(`isolation between councils (${driver})`, () => {
    it("sets up two councils", async () => {
      await councilWithCategories(harness.database, "alpha");
      await councilWithCategories(harness.database, "beta");
    });

    it("refuses council A's role when it reads council B's tables (42501)", async () => {
      const attempt = withCouncil(harness.database, "alpha", (tx) => tx.execute(sql`select * from council_beta.categories`));
      await expect(attempt).rejects.toSatisfy((e) => pgCode(e) === "42501");
    });

    it("refuses council A's role when it reads the platform registry (42501)", async () => {
      const attempt = withCouncil(harness.database, "alpha", (tx) => tx.execute(sql`select * from platform.councils`));
      await expect(attempt).rejects.toSatisfy((e) => pgCode(e) === "42501");
    });

    it("refuses the platform role when it reads a council's tables (42501)", async () => {
      const attempt = withPlatform(harness.database, (tx) => tx.execute(sql`select * from council_alpha.categories`));
      await expect(attempt).rejects.toSatisfy((e) => pgCode(e) === "42501");
    });

    it("alternating councils on the same connection, no row crosses", async () => {
      for (let i = 0; i < 20; i++) {
        const slug = i % 2 === 0 ? "alpha" : "beta";
        const names = await withCouncil(harness.database, slug, namesIn);
        expect(names).toHaveLength(3);
        expect(names.every((n) => n.startsWith(`${slug} `))).toBe(true);
      }
    });

    it("leaves no role or search_path behind on the connection after a council's transaction", async () => {
      await withCouncil(harness.database, "alpha", namesIn);
      const [row] = rowsOf<{ user: string; path: string }>(
        await harness.database.owner.execute(sql`select current_user as user, current_setting('search_path') as path`),
      );
      expect(row!.user).not.toContain("council");
      expect(row!.path).not.toContain("council");
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
  });
}

describe("on a Postgres server, pool of one connection", () => {
  isolationSuite("postgres.js, max 1", usePostgres("isolation1", { max: 1 }));
});
describe("on a Postgres server, pool of ten", () => {
  isolationSuite("postgres.js, max 10", usePostgres("isolation10", { max: 10 }));
});
describe("on embedded Postgres", () => {
  isolationSuite("PGlite", usePglite());
});
