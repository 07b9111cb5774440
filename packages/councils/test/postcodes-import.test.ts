import { resolve } from "node:path";
import { councilSchema, withCouncil } from "@lgp/db";
import { addDemoPostcodes } from "@lgp/postcodes";
import { asc } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { provisionCouncil } from "../src/provision";
import { runCouncilCli, usePostgres } from "./helpers";

const fixture = (name: string) => resolve(import.meta.dirname, "../../postcodes/test/fixtures", name);

describe("pnpm council postcodes import", () => {
  const harness = usePostgres("postcodes-import");
  const postcodesOf = (slug: string) =>
    withCouncil(harness.database, slug, (tx) => tx.select().from(councilSchema.postcodes).orderBy(asc(councilSchema.postcodes.postcode)));

  beforeAll(async () => {
    await provisionCouncil(harness.database, { slug: "kingston", name: "Kingston", hosts: [] });
    await provisionCouncil(harness.database, { slug: "sutton", name: "Sutton", hosts: [] });
  });

  it("loads the council's authority from an ONSPD file, showing what it read, kept and skipped", async () => {
    const result = await runCouncilCli(harness.url, ["postcodes", "import", fixture("onspd.csv"), "--slug", "kingston", "--authority", "E09000021"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("Read 5 rows: kept 1, skipped 4.\nLoaded 1 postcodes into kingston.\n");
    expect((await postcodesOf("kingston")).map((p) => [p.postcode, p.wardCode])).toEqual([["KT1 1EU", "E05013932"]]);
    expect(await postcodesOf("sutton")).toEqual([]);
  });

  it("updates the postcodes a newer file moves rather than listing them twice", async () => {
    const result = await runCouncilCli(harness.url, ["postcodes", "import", fixture("nspl.csv"), "--slug", "kingston"]);
    expect(result.code).toBe(0);
    const rows = await postcodesOf("kingston");
    expect(rows.map((p) => [p.postcode, p.latitude, p.longitude, p.wardCode])).toEqual([
      ["KT1 1EU", 51.40795, -0.30605, "E05013940"],
      ["KT6 4PE", 51.3926, -0.3035, "E05013941"],
      ["TW1 3BZ", 51.4475, -0.3289, "E05013780"],
    ]);
  });

  it("keeps a ward's name while a reload gives the same ward, and drops it when the ward changes", async () => {
    await withCouncil(harness.database, "sutton", (tx) => addDemoPostcodes(tx, "sutton"));
    const before = await postcodesOf("sutton");
    expect(before.find((p) => p.postcode === "SM1 1EA")?.wardName).toBe("Sutton Central");
    await runCouncilCli(harness.url, ["postcodes", "import", fixture("onspd.csv"), "--slug", "sutton", "--authority", "E09000029"]);
    const after = await postcodesOf("sutton");
    expect(after).toHaveLength(before.length);
    expect(after.find((p) => p.postcode === "SM1 1EA")).toMatchObject({ wardCode: "E05013700", wardName: null });
    expect(after.find((p) => p.postcode === "SM1 1AA")?.wardName).toBe("Sutton Central");
  });

  it("says what to correct, exiting 2, when the file is missing, not a postcode file, or the council unknown", async () => {
    const missing = await runCouncilCli(harness.url, ["postcodes", "import", "/no/such/file.csv", "--slug", "kingston"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe("There is no file at /no/such/file.csv. Give the path of the ONS Postcode Directory or NSPL CSV file.");

    const wrong = await runCouncilCli(harness.url, ["postcodes", "import", resolve(import.meta.dirname, "../package.json"), "--slug", "kingston"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("it has no pcds, lat, long, doterm, osward or ward, oslaua or laua column");

    const unknown = await runCouncilCli(harness.url, ["postcodes", "import", fixture("onspd.csv"), "--slug", "nowhere"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim()).toBe("There is no council nowhere. Run `pnpm council list` to see them.");
  });
});
