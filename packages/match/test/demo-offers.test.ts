import { describe, expect, it } from "vitest";
import { searchDirectory } from "../src/directory";
import { matchModule } from "../src/module";
import { testCouncils } from "./support/council";

const councils = testCouncils("demo-offers", ["kingston", "richmond", "sutton"]);

describe("the demo councils' offers", () => {
  it("are all listed in each demo council's directory, nearest first from one of its postcodes", async () => {
    const found: Record<string, string[]> = {};
    for (const [slug, postcode] of [["kingston", "KT1 1EU"], ["richmond", "TW1 3BZ"], ["sutton", "SM1 1EA"]] as const) {
      found[slug] = await councils.run(slug, async (tx) => {
        await matchModule.demo(tx, { slug });
        const results = await searchDirectory(tx, { postcode, page: 1 });
        expect(results.entries.map((e) => e.distanceKm)).toEqual(results.entries.map((e) => e.distanceKm).sort((a, b) => a - b));
        return results.entries.map((e) => e.title);
      });
    }
    expect(found.kingston).toHaveLength(4);
    expect(found.kingston![0]).toBe("A friendly chat over tea");
    expect(found.richmond).toHaveLength(4);
    expect(found.sutton).toHaveLength(4);
  });
});
