import { councilSchema, type Tx } from "@lgp/db";
import { boundingBox, postcodeDistrict } from "@lgp/postcodes";
import { todayInLondon } from "@lgp/time";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { vettedFor } from "../vetting-levels";
import { isEligible, pairDistanceKm } from "./gates";
import { loadHelpers, loadNeeds, type LoadedNeed } from "./load";
import type { RankedHelper } from "./types";

const { categories, helperCategories, matches, needs } = councilSchema;

/**
 * An open need as a helper sees it in their feed: enough to decide whether to offer, and nothing that
 * identifies the resident (no name, email, street or full postcode; distance rounded to half a km).
 */
export interface FeedItem {
  needId: number;
  reference: string;
  categoryName: string;
  description: string;
  /** The postcode's outward code ("KT1"). */
  district: string;
  wardName: string | null;
  /** To the nearest half kilometre; null for a helper who covers wards rather than a distance. */
  distanceKm: number | null;
  times: LoadedNeed["times"];
  dates: LoadedNeed["dates"];
  urgency: LoadedNeed["urgency"];
}

const roundedKm = (km: number) => Math.max(0.5, Math.round(km * 2) / 2);

/** SQL: needs whose place the helper's area might hold, by ward or by the box their radius spans. */
function mayBeCoveredBy(helper: RankedHelper): SQL {
  const byWard = helper.wards.length > 0 ? inArray(needs.wardCode, [...helper.wards]) : sql`false`;
  if (helper.latitude === null || helper.longitude === null || helper.radiusKm === null) return byWard;
  // 1% over their radius, so the box always holds the circle the area gate then measures.
  const box = boundingBox({ latitude: helper.latitude, longitude: helper.longitude }, helper.radiusKm * 1.01);
  return sql`(${byWard} or (${needs.latitude} between ${box.minLatitude} and ${box.maxLatitude}
    and ${needs.longitude} between ${box.minLongitude} and ${box.maxLongitude}))`;
}

/**
 * The open (or already offered) needs one helper is eligible for and has not yet offered on, nearest
 * first. Empty for a helper who is not approved, is paused, or is at capacity: the gates say so.
 */
export async function needsForHelper(tx: Tx, helperId: number, options: { today?: string } = {}): Promise<FeedItem[]> {
  const today = options.today ?? todayInLondon().toString();
  const [helper] = await loadHelpers(tx, eq(councilSchema.helpers.id, helperId), today, []);
  if (!helper) return [];
  const candidates = await loadNeeds(
    tx,
    and(
      inArray(needs.status, ["open", "offered"]),
      sql`exists (select 1 from ${helperCategories} where ${helperCategories.helperId} = ${helperId} and ${helperCategories.categoryId} = ${needs.categoryId})`,
      vettedFor(sql`${helperId}::bigint`, categories.requiredCheck, today),
      mayBeCoveredBy(helper),
      sql`not exists (select 1 from ${matches} where ${matches.needId} = ${needs.id} and ${matches.helperId} = ${helperId})`,
    )!,
  );
  return candidates
    .filter((need) => isEligible(need, helper, today))
    .map((need) => ({ need, distance: pairDistanceKm(need, helper) }))
    .sort((a, b) => (a.distance ?? Infinity) - (b.distance ?? Infinity) || a.need.id - b.need.id)
    .map(({ need, distance }) => ({
      needId: need.id,
      reference: need.reference,
      categoryName: need.categoryName,
      description: need.description,
      district: postcodeDistrict(need.postcode),
      wardName: need.wardName,
      distanceKm: distance === null ? null : roundedKm(distance),
      times: need.times,
      dates: need.dates,
      urgency: need.urgency,
    }));
}
