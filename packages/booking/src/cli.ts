/**
 * `pnpm bank-holidays <file>`: replaces the shipped snapshot with a newer GOV.UK bank holidays file
 * (saved from https://www.gov.uk/bank-holidays.json), after checking it is one. Commit the result.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { bankHolidaysFile, DIVISIONS } from "./bank-holidays";

export const SNAPSHOT = resolve(import.meta.dirname, "../data/bank-holidays.json");

/** Checks `text` is a GOV.UK bank holidays file and writes it to `target`; returns what it holds, in words. */
export function refreshSnapshot(text: string, target = SNAPSHOT): string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error("That file is not JSON. Save https://www.gov.uk/bank-holidays.json as it is and try again.");
  }
  const parsed = bankHolidaysFile.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join(".") || "the top level";
    throw new Error(`That is not a GOV.UK bank holidays file: ${where} is not as expected. Save https://www.gov.uk/bank-holidays.json as it is and try again.`);
  }
  writeFileSync(target, `${JSON.stringify(parsed.data, null, 2)}\n`);
  return DIVISIONS.map((name) => {
    const dates = parsed.data[name].events.map((e) => e.date).sort();
    return `${name}: ${dates.length} bank holidays, ${dates[0]} to ${dates.at(-1)}`;
  }).join("\n");
}

if (process.argv[1] === import.meta.filename) {
  const file = process.argv[2];
  if (!file) {
    console.error("Usage: pnpm bank-holidays <file>   (a saved copy of https://www.gov.uk/bank-holidays.json)");
    process.exit(2);
  }
  try {
    // pnpm runs this in the package's folder: a relative path is the caller's.
    console.log(refreshSnapshot(readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file), "utf8")));
    console.log(`Written to ${SNAPSHOT}. Commit it so every council gets it.`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
