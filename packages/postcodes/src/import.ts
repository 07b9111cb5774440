import { createInterface } from "node:readline";
import { InputError, type Tx } from "@lgp/db";
import { parseCsvLine } from "./csv";
import { normalisePostcode } from "./format";
import { savePostcodes, type PostcodeRow } from "./save";

/** How far an import has got: every data row read, those kept, and those skipped (terminated, no grid reference, another authority). */
export interface ImportProgress {
  read: number;
  kept: number;
  skipped: number;
}

export interface ImportOptions {
  /** Keep only postcodes in these local authorities (GSS codes, "E09000021"); all when empty. */
  authorities?: readonly string[];
  /** Called after each batch is saved, and once at the end. */
  onProgress?: (progress: ImportProgress) => void;
  batchSize?: number;
}

/**
 * The columns read, by header name: the ONS Postcode Directory (ONSPD) calls the ward and authority
 * `osward` and `oslaua`, the National Statistics Postcode Lookup (NSPL) `ward` and `laua`.
 */
const COLUMNS = { postcode: ["pcds"], latitude: ["lat"], longitude: ["long"], terminated: ["doterm"], ward: ["osward", "ward"], authority: ["oslaua", "laua"] } as const;
type Column = keyof typeof COLUMNS;

/** Both directories give 99.999999 as the latitude of a postcode with no grid reference. */
const NO_GRID_LATITUDE = 99;

function columnsOf(header: string[]): Record<Column, number> {
  const names = header.map((h) => h.trim().toLowerCase());
  const found = {} as Record<Column, number>;
  const missing: string[] = [];
  for (const [column, candidates] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const index = names.findIndex((n) => candidates.includes(n));
    if (index < 0) missing.push(candidates.join(" or "));
    else found[column] = index;
  }
  if (missing.length > 0) {
    throw new InputError(`This is not an ONS Postcode Directory or NSPL file: it has no ${missing.join(", ")} column. Give the CSV file with the header row the ONS publishes.`);
  }
  return found;
}

/**
 * Loads an ONSPD or NSPL CSV into the council's postcode table, a batch per transaction (`run` is the
 * council's scope), so a national file of 2.7 million rows never holds one transaction open. Terminated
 * postcodes and those without a grid reference are skipped; loading a newer file over an older one
 * updates the postcodes both hold.
 */
export async function importPostcodes(
  run: (fn: (tx: Tx) => Promise<void>) => Promise<void>,
  input: NodeJS.ReadableStream,
  options: ImportOptions = {},
): Promise<ImportProgress> {
  const { batchSize = 1000, onProgress = () => {} } = options;
  const authorities = new Set((options.authorities ?? []).map((a) => a.trim().toUpperCase()));
  const progress: ImportProgress = { read: 0, kept: 0, skipped: 0 };
  let columns: Record<Column, number> | undefined;
  let batch: PostcodeRow[] = [];
  const flush = async () => {
    const rows = batch;
    batch = [];
    if (rows.length > 0) await run((tx) => savePostcodes(tx, rows));
    onProgress({ ...progress });
  };

  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (line.trim() === "") continue;
    const fields = parseCsvLine(line);
    if (!columns) {
      columns = columnsOf(fields);
      continue;
    }
    progress.read++;
    const row = rowOf(fields, columns, authorities);
    if (!row) {
      progress.skipped++;
      continue;
    }
    batch.push(row);
    progress.kept++;
    if (batch.length >= batchSize) await flush();
  }
  if (!columns) throw new InputError("The file is empty: give the ONS Postcode Directory or NSPL CSV file, with its header row.");
  await flush();
  return progress;
}

function rowOf(fields: string[], columns: Record<Column, number>, authorities: Set<string>): PostcodeRow | null {
  const value = (column: Column) => (fields[columns[column]] ?? "").trim();
  if (value("terminated") !== "") return null;
  if (authorities.size > 0 && !authorities.has(value("authority").toUpperCase())) return null;
  const latitude = Number(value("latitude"));
  const longitude = Number(value("longitude"));
  if (value("latitude") === "" || !Number.isFinite(latitude) || !Number.isFinite(longitude) || latitude > NO_GRID_LATITUDE) return null;
  const postcode = normalisePostcode(value("postcode"));
  if (!postcode) return null;
  return { postcode, latitude, longitude, wardCode: value("ward") || null, wardName: null };
}
