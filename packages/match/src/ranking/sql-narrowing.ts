import { councilSchema } from "@lgp/db";
import { sql, type SQL } from "drizzle-orm";
import type { Place } from "@lgp/postcodes";
import { availabilityUnits } from "./gates";
import type { RankedNeed } from "./types";

const { helpers } = councilSchema;

/** Km in a degree of latitude, less 1% so the box always holds the circle the gate then measures. */
const KM_PER_DEGREE = 111.2 / 1.01;

/**
 * SQL: helpers whose area might hold `place`: `ward` among their wards, or `place` within the box around
 * their postcode that their radius spans. A cheap narrowing; the area gate measures the great circle.
 */
export function helperMayCover(place: Place, ward: string | null): SQL {
  const lonScale = KM_PER_DEGREE * Math.max(0.01, Math.cos((place.latitude * Math.PI) / 180));
  const inBox = sql`(${helpers.radiusKm} is not null
    and abs(${helpers.latitude} - ${place.latitude}::float8) <= ${helpers.radiusKm} / ${KM_PER_DEGREE}::float8
    and abs(${helpers.longitude} - ${place.longitude}::float8) <= ${helpers.radiusKm} / ${lonScale}::float8)`;
  return ward === null ? inBox : sql`(${ward}::text = any(${helpers.wards}) or ${inBox})`;
}

const textArray = (values: readonly string[]): SQL => sql`array[${sql.join(
  values.map((v) => sql`${v}`),
  sql`, `,
)}]::text[]`;

/**
 * SQL: helpers who might be free when the need asks and meet the resident's preferences. The same
 * tests as the availability and preferences gates, in SQL so a borough's helpers are not all loaded
 * to be turned away; the gates still decide.
 */
export function helperMayMeet(need: RankedNeed): SQL {
  const parts = [...new Set(availabilityUnits(need).flat())];
  const tests: SQL[] = [];
  if (parts.length > 0) tests.push(sql`${helpers.availability} && ${textArray(parts)}`);
  if (need.language) tests.push(sql`exists (select 1 from unnest(${helpers.languages}) as spoken where lower(spoken) = lower(${need.language}))`);
  if (need.helperGender) tests.push(sql`${helpers.gender} = ${need.helperGender}`);
  if (need.accessibility.length > 0) tests.push(sql`${helpers.accessibility} @> ${textArray(need.accessibility)}`);
  return tests.length > 0 ? sql.join(tests, sql` and `) : sql`true`;
}
