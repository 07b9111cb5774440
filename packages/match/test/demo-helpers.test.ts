import { councilSchema, rowsOf } from "@lgp/db";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { matchModule } from "../src/module";
import { vettedFor } from "../src/vetting-levels";
import { testCouncils } from "./support/council";

const councils = testCouncils("demo-helpers", ["kingston", "richmond", "sutton"]);
const { helpers, helperCategories, categories, people } = councilSchema;

describe("the demo councils' helpers", () => {
  it("are approved, placed, and vetted in date for every category they help in, in each demo council, with the same number of people", async () => {
    const counts: number[] = [];
    for (const slug of ["kingston", "richmond", "sutton"]) {
      await councils.run(slug, async (tx) => {
        await matchModule.demo(tx, { slug });
        const listed = await tx.select().from(helpers);
        expect(listed.length).toBeGreaterThanOrEqual(3);
        expect(new Set(listed.map((h) => h.kind))).toEqual(new Set(["volunteer", "organisation"]));
        for (const helper of listed) {
          expect(helper.status).toBe("approved");
          expect(helper.latitude !== null || helper.wards.length > 0).toBe(true);
        }
        const unvetted = rowsOf<{ name: string }>(
          await tx.execute(
            sql`select ${helpers.publicName} as name from ${helperCategories}
                join ${helpers} on ${helpers.id} = ${helperCategories.helperId}
                join ${categories} on ${categories.id} = ${helperCategories.categoryId}
                where not ${vettedFor(helpers.id, categories.requiredCheck, "2026-11-27")}`,
          ),
        );
        expect(unvetted).toEqual([]);
        counts.push((await tx.select({ id: people.id }).from(people)).length);
      });
    }
    // A person's id must never tell one council from another, so each demo makes as many people.
    expect(new Set(counts).size).toBe(1);
  });
});
