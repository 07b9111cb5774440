import { councilSchema, type Tx } from "@lgp/db";
import { sql } from "drizzle-orm";

const { postcodes } = councilSchema;

/** A row of the council's postcode table, as an import or the demo data gives it. */
export interface PostcodeRow {
  postcode: string;
  latitude: number;
  longitude: number;
  wardCode: string | null;
  wardName: string | null;
}

/**
 * Adds postcodes to the council's table, or updates those it has: the ONS republishes its directory
 * every quarter, and loading the new one over the old must move a postcode, not list it twice.
 */
export async function savePostcodes(tx: Tx, rows: readonly PostcodeRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx
    .insert(postcodes)
    .values([...rows])
    .onConflictDoUpdate({
      target: postcodes.postcode,
      set: {
        latitude: sql`excluded.latitude`,
        longitude: sql`excluded.longitude`,
        wardCode: sql`excluded.ward_code`,
        // The directories give ward codes without names: a name given earlier (the demo data's) stays while its ward does.
        wardName: sql`case when excluded.ward_code is not distinct from ${postcodes.wardCode} then coalesce(excluded.ward_name, ${postcodes.wardName}) else excluded.ward_name end`,
        importedAt: sql`now()`,
      },
    });
}
