import { councilSchema, rowsOf, withCouncil } from "@lgp/db";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { decodeArchive, dropCouncil, encodeArchive, exportCouncil, restoreCouncil } from "../src/archive";
import { getSiteAsset, putSiteAsset } from "../src/content";
import { resumeCouncil, suspendCouncil } from "../src/lifecycle";
import { provisionCouncil } from "../src/provision";
import { RegistryCache } from "../src/registry";
import { councilWithCategories, usePostgres } from "./helpers";

describe("suspending, resuming and archiving a council", () => {
  const harness = usePostgres("lifecycle");
  const registry = () => new RegistryCache(harness.database, "localhost");

  it("a suspended council's site is unavailable until it is resumed", async () => {
    await provisionCouncil(harness.database, { slug: "hounslow", name: "London Borough of Hounslow", hosts: ["hounslow.example.org"] });
    const cache = registry();
    expect((await cache.resolve("hounslow.localhost")).kind).toBe("council");
    await suspendCouncil(harness.database, "hounslow");
    // The same cache object sees the change on its next lookup: the registry version moved.
    expect((await cache.resolve("hounslow.localhost")).kind).toBe("unavailable");
    expect((await cache.resolve("hounslow.example.org")).kind).toBe("unavailable");
    await resumeCouncil(harness.database, "hounslow");
    expect((await cache.resolve("hounslow.localhost")).kind).toBe("council");
  });

  it("archiving exports everything, then drops the schema and role; restoring brings it all back", async () => {
    await councilWithCategories(harness.database, "ealing", 5);
    await withCouncil(harness.database, "ealing", async (tx) => {
      await tx.delete(councilSchema.categories).where(sql`slug = 'ealing-0'`); // leave a gap in the ids
      await putSiteAsset(tx, "logo", "image/png", Buffer.from([0, 1, 2, 254, 255]));
    });
    const before = await withCouncil(harness.database, "ealing", (tx) => tx.select().from(councilSchema.categories));

    const archive = decodeArchive(encodeArchive(await exportCouncil(harness.database, "ealing")));
    await dropCouncil(harness.database, "ealing");
    const [gone] = rowsOf<{ schema: boolean; role: boolean }>(
      await harness.database.owner.execute(sql`select
        exists(select from pg_namespace where nspname = 'council_ealing') as schema,
        exists(select from pg_roles where rolname = ${harness.database.roles.council("ealing")}) as role`),
    );
    expect(gone).toEqual({ schema: false, role: false });
    expect((await registry().resolve("ealing.localhost")).kind).toBe("unknown");

    await restoreCouncil(harness.database, archive);
    expect((await registry().resolve("ealing.localhost")).kind).toBe("council");
    const after = await withCouncil(harness.database, "ealing", (tx) => tx.select().from(councilSchema.categories));
    expect(after).toEqual(before);
    const logo = await withCouncil(harness.database, "ealing", (tx) => getSiteAsset(tx, "logo"));
    expect([...logo!.body]).toEqual([0, 1, 2, 254, 255]);
    // Identity sequences carry on after the restored ids.
    const [added] = await withCouncil(harness.database, "ealing", (tx) =>
      tx.insert(councilSchema.categories).values({ slug: "new", name: "ealing new" }).returning(),
    );
    expect(added!.id).toBe(Math.max(...before.map((c) => c.id)) + 1);
  });

  it("refuses to restore over a council that is not archived", async () => {
    const archive = await exportCouncil(harness.database, "ealing");
    await expect(restoreCouncil(harness.database, archive)).rejects.toThrow(/only an archived council can be restored/);
  });
});
