import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import type { Tx } from "@lgp/db";
import { describe, expect, it } from "vitest";
import { importPostcodes, type ImportProgress } from "../src/import";
import type { PostcodeRow } from "../src/save";

const fixture = (name: string) => createReadStream(new URL(`fixtures/${name}`, import.meta.url));

/**
 * Runs an import with the saving replaced by a list: what reaches the database, batch by batch. The
 * saving itself (re-import updates rather than duplicates) is tested through the command line in
 * packages/councils.
 */
async function importRows(input: NodeJS.ReadableStream, options: { authorities?: string[]; batchSize?: number } = {}) {
  const batches: PostcodeRow[][] = [];
  const progress: ImportProgress[] = [];
  const tx = {
    insert: () => ({ values: (rows: PostcodeRow[]) => ({ onConflictDoUpdate: async () => void batches.push(rows) }) }),
  } as unknown as Tx;
  const total = await importPostcodes((fn) => fn(tx), input, { ...options, onProgress: (p) => progress.push(p) });
  return { rows: batches.flat(), batches, progress, total };
}

describe("importing an ONS postcode file", () => {
  it("keeps live postcodes with a grid reference from an ONSPD file, with their ward", async () => {
    const { rows, total } = await importRows(fixture("onspd.csv"));
    expect(rows.map((r) => r.postcode)).toEqual(["KT1 1EU", "TW1 3BZ", "SM1 1EA"]);
    expect(rows[0]).toEqual({ postcode: "KT1 1EU", latitude: 51.4079, longitude: -0.306, wardCode: "E05013932", wardName: null });
    // KT1 1ZZ was terminated in 2005; KT2 5AU has no grid reference (latitude 99.999999).
    expect(total).toEqual({ read: 5, kept: 3, skipped: 2 });
  });

  it("reads the NSPL's column names", async () => {
    const { rows, total } = await importRows(fixture("nspl.csv"));
    expect(rows.map((r) => [r.postcode, r.wardCode])).toEqual([
      ["KT1 1EU", "E05013940"],
      ["TW1 3BZ", "E05013780"],
      ["KT6 4PE", "E05013941"],
    ]);
    expect(total).toEqual({ read: 4, kept: 3, skipped: 1 });
  });

  it("keeps only the authorities asked for", async () => {
    const { rows, total } = await importRows(fixture("onspd.csv"), { authorities: ["e09000021", "E09000029"] });
    expect(rows.map((r) => r.postcode)).toEqual(["KT1 1EU", "SM1 1EA"]);
    expect(total).toEqual({ read: 5, kept: 2, skipped: 3 });
  });

  it("saves in batches and reports progress after each", async () => {
    const { batches, progress } = await importRows(fixture("nspl.csv"), { batchSize: 2 });
    expect(batches.map((b) => b.length)).toEqual([2, 1]);
    expect(progress).toEqual([
      { read: 3, kept: 2, skipped: 1 },
      { read: 4, kept: 3, skipped: 1 },
    ]);
  });

  it("names the columns a file lacks", async () => {
    const input = Readable.from(["pcds,lat,long,oslaua\n", "KT1 1EU,51.4,-0.3,E09000021\n"]);
    await expect(importRows(input)).rejects.toThrow("it has no doterm, osward or ward column");
  });

  it("refuses an empty file", async () => {
    await expect(importRows(Readable.from([""]))).rejects.toThrow("The file is empty");
  });
});
