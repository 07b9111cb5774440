import { fileURLToPath } from "node:url";
import { councilSchema, connectPostgres, withCouncil, withPlatform } from "@lgp/db";
import { createMigratedTestDatabase, runTypeScript, type MigratedTestDatabase } from "@lgp/db/testing";
import { listCouncils } from "@lgp/councils";
import { COUNCIL_ROLES } from "@lgp/identity";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSections, MODULE_KEYS, MODULES, moduleLinks } from "../src";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const CORE_ROLES = ["council_admin", "council_staff", "resident"];

describe("the registered modules", () => {
  it("each have their own key, admin sections and links", () => {
    expect(new Set(MODULE_KEYS).size).toBe(MODULES.length);
    const sections = MODULES.flatMap((m) => m.adminSections);
    expect(new Set(sections).size).toBe(sections.length);
    const hrefs = MODULES.flatMap((m) => [...m.links.residents, ...m.links.staff, ...m.links.admins].map((l) => l.href));
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  it("use council roles beyond the core ones", () => {
    for (const m of MODULES) {
      for (const role of m.roles) {
        expect(COUNCIL_ROLES, m.key).toContain(role);
        expect(CORE_ROLES, m.key).not.toContain(role);
      }
    }
  });

  it("add links and admin sections only for the modules a council has switched on", () => {
    expect(moduleLinks({ modules: ["match"] }, "residents").map((l) => l.href)).toEqual(["/help", "/helping", "/requests"]);
    expect(moduleLinks({ modules: ["booking"] }, "residents").map((l) => l.href)).toEqual(["/book", "/bookings"]);
    expect(moduleLinks({ modules: [] }, "residents")).toEqual([]);
    expect(adminSections({ modules: ["match"] })).toEqual([
      { module: "match", section: "categories" },
      { module: "match", section: "matching" },
    ]);
    expect(adminSections({ modules: [] })).toEqual([]);
  });
});

describe("pnpm council, with the registered modules", () => {
  let test: MigratedTestDatabase;
  let url: string;
  beforeAll(async () => {
    test = await createMigratedTestDatabase("modules", { owner: true });
    url = test.appUrl;
  });
  afterAll(() => test?.drop());

  const cli = (args: string[]) => runTypeScript(packageDir, ["src/council-cli.ts", ...args], { ...process.env, DATABASE_URL: url });
  const categoriesOf = async (slug: string) => {
    const database = await connectPostgres(url, { max: 1 });
    try {
      return (await withCouncil(database, slug, (tx) => tx.select().from(councilSchema.categories))).map((c) => c.name);
    } finally {
      await database.close();
    }
  };

  it("gives a new council with match switched on the starter categories, so its help page is not empty", async () => {
    const created = await cli(["create", "--slug", "merton", "--name", "London Borough of Merton", "--modules", "match"]);
    expect(created.stderr).toBe("");
    expect(await categoriesOf("merton")).toContain("Befriending by phone");
  });

  it("gives a council without match none, and refuses a module nobody registered", async () => {
    await cli(["create", "--slug", "brent", "--name", "London Borough of Brent", "--modules", "booking"]);
    expect(await categoriesOf("brent")).toEqual([]);
    const refused = await cli(["create", "--slug", "ealing", "--name", "London Borough of Ealing", "--modules", "match,parking"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`"parking" is not a module. Choose from ${MODULE_KEYS.join(", ")}.`);
  });

  it("seeds the demo councils with each module's demo data", async () => {
    await cli(["seed-demo"]);
    expect(await categoriesOf("kingston")).toContain("Community transport");
    const database = await connectPostgres(url, { max: 1 });
    try {
      const kingston = (await withPlatform(database, listCouncils)).find((c) => c.slug === "kingston");
      expect(kingston?.modules).toEqual(MODULE_KEYS);
    } finally {
      await database.close();
    }
  });
});
