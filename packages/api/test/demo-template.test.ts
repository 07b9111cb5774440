import { createMigratedTestDatabase, databaseSnapshot } from "@lgp/db/testing";
import { expect, it } from "vitest";
import { demoTemplate } from "./support/demo-template";

it("a copy of the demo template has the objects, owners, privileges, roles and rows of the demo made from empty", async () => {
  const empty = await createMigratedTestDatabase("demo_empty", { template: demoTemplate, fromEmpty: true });
  try {
    const copy = await createMigratedTestDatabase("demo_copy", { template: demoTemplate });
    try {
      const snapshot = await databaseSnapshot(copy.name);
      expect(snapshot.filter((line) => line.startsWith("schema | council_"))).toHaveLength(3);
      expect(snapshot).toEqual(await databaseSnapshot(empty.name));
    } finally {
      await copy.drop();
    }
  } finally {
    await empty.drop();
  }
});
