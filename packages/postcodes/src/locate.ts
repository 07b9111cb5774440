import { councilSchema, type Tx } from "@lgp/db";
import { eq } from "drizzle-orm";
import type { Place } from "./distance";
import { normalisePostcode, postcodeDistrict } from "./format";

const { postcodes } = councilSchema;

export interface LocatedPostcode extends Place {
  postcode: string;
  district: string;
  wardCode: string | null;
  wardName: string | null;
}

/**
 * Where a postcode is, from the council's postcode table; null when its format is wrong or the table
 * does not have it (a postcode outside the area the council imported, or one that never existed).
 */
export async function locatePostcode(tx: Tx, input: string): Promise<LocatedPostcode | null> {
  const postcode = normalisePostcode(input);
  if (!postcode) return null;
  const [found] = await tx.select().from(postcodes).where(eq(postcodes.postcode, postcode));
  if (!found) return null;
  return { postcode, district: postcodeDistrict(postcode), latitude: found.latitude, longitude: found.longitude, wardCode: found.wardCode, wardName: found.wardName };
}
