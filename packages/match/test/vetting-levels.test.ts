import { councilSchema, rowsOf } from "@lgp/db";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { checkCovers, strongestCheck, VETTING_CHECKS, vettedFor, type VettingCheck } from "../src/vetting-levels";
import { testCouncils } from "./support/council";

const councils = testCouncils("vetting-levels", ["bromley"]);

describe("checkCovers", () => {
  it("is true for the check itself and every weaker one, false for every stronger one", () => {
    for (const [i, held] of VETTING_CHECKS.entries()) {
      for (const [j, required] of VETTING_CHECKS.entries()) expect(checkCovers(held, required), `${held} for ${required}`).toBe(i >= j);
    }
  });
  it("takes the strongest of several checks", () => {
    expect(strongestCheck([])).toBe("none");
    expect(strongestCheck(["dbs_basic", "dbs_enhanced", "id_check"])).toBe("dbs_enhanced");
  });
});

describe("vettedFor", () => {
  it("passes a helper holding a covering check up to and on its recheck date, and no later", async () => {
    const held: VettingCheck = "dbs_standard";
    const results = await councils.run("bromley", async (tx) => {
      const { people, helpers, vettingRecords } = councilSchema;
      const [person] = await tx.insert(people).values({ email: "vetted@example.com" }).returning();
      const [helper] = await tx.insert(helpers).values({ kind: "volunteer", personId: person!.id, publicName: "Val" }).returning();
      await tx.insert(vettingRecords).values({ helperId: helper!.id, check: held, issuedOn: "2025-12-01", recheckOn: "2026-12-01", verifiedBy: person!.id });
      const asks = async (required: VettingCheck, today: string) => {
        const [row] = rowsOf<{ ok: boolean }>(await tx.execute(sql`select ${vettedFor(sql`${helper!.id}::bigint`, required, today)} as ok`));
        return row!.ok;
      };
      return {
        none: await asks("none", "2030-01-01"),
        weaker: await asks("id_check", "2026-12-01"),
        same: await asks("dbs_standard", "2026-12-01"),
        stronger: await asks("dbs_enhanced", "2026-06-01"),
        lapsed: await asks("dbs_basic", "2026-12-02"),
      };
    });
    expect(results).toEqual({ none: true, weaker: true, same: true, stronger: false, lapsed: false });
  });
});
