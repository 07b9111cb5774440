import { councilSchema, rowsOf, type Tx } from "@lgp/db";
import { sql, type SQL } from "drizzle-orm";
import type { VettingCheck } from "../vetting-levels";
import type { RankedHelper, RankedNeed } from "./types";

const { categories, helpers, needs, postcodes } = councilSchema;

/** Matches that take up a helper's capacity. */
export const ACTIVE_MATCH = ["offered", "accepted", "on_hold"] as const;

/** How far back fair load looks: a helper put forward often lately yields to one who has not been. */
const RECENT_DAYS = 28;

/** A need loaded for ranking, with what the feed and proposals show of it (never the resident's name or address). */
export interface LoadedNeed extends RankedNeed {
  reference: string;
  description: string;
  postcode: string;
  wardName: string | null;
  urgency: typeof needs.$inferSelect.urgency;
}

/** Ids as a Postgres array literal: they are numbers, checked here, so nothing else can reach the SQL. */
function idArray(ids: readonly number[]): SQL {
  if (!ids.every(Number.isSafeInteger)) throw new Error("Ids must be whole numbers");
  return sql.raw(`array[${ids.join(",")}]::bigint[]`);
}

/** The needs matching `where`, with their category's required check and their ward's name. */
export async function loadNeeds(tx: Tx, where: SQL): Promise<LoadedNeed[]> {
  return tx
    .select({
      id: needs.id,
      reference: needs.reference,
      residentId: needs.residentId,
      categoryId: needs.categoryId,
      categoryName: categories.name,
      requiredCheck: categories.requiredCheck,
      description: needs.description,
      postcode: needs.postcode,
      latitude: needs.latitude,
      longitude: needs.longitude,
      wardCode: needs.wardCode,
      wardName: postcodes.wardName,
      times: needs.times,
      dates: needs.dates,
      urgency: needs.urgency,
      language: needs.language,
      helperGender: needs.helperGender,
      accessibility: needs.accessibility,
    })
    .from(needs)
    .innerJoin(categories, sql`${categories.id} = ${needs.categoryId}`)
    .leftJoin(postcodes, sql`${postcodes.postcode} = ${needs.postcode}`)
    .where(where)
    .orderBy(needs.id);
}

interface HelperRow {
  id: string | number;
  public_name: string;
  status: RankedHelper["status"];
  paused: boolean;
  category_ids: (string | number)[] | null;
  checks: VettingCheck[] | null;
  rechecks: string[] | null;
  latitude: number | null;
  longitude: number | null;
  radius_km: number | null;
  wards: string[];
  availability: RankedHelper["availability"];
  capacity: number;
  active: number;
  recent: number;
  languages: string[];
  gender: RankedHelper["gender"];
  accessibility: string[];
  helped: (string | number)[] | null;
  put_forward: (string | number)[] | null;
}

/**
 * The helpers matching `where` (a condition on the helpers table), with what the gates and the score
 * read: their categories, checks in date on `today`, active and recent matches, and, among `forNeeds`,
 * which residents they have helped and which needs they have already been put forward for.
 *
 * One pass over each helper's categories, checks and matches (lateral joins): ranking a whole borough's
 * helpers for one need must stay within a page's time.
 */
export async function loadHelpers(tx: Tx, where: SQL, today: string, forNeeds: readonly RankedNeed[]): Promise<RankedHelper[]> {
  const needIds = idArray(forNeeds.map((n) => n.id));
  const residentIds = idArray([...new Set(forNeeds.map((n) => n.residentId))]);
  const active = sql.raw(ACTIVE_MATCH.map((s) => `'${s}'`).join(", "));
  const result = await tx.execute(sql`
    select helpers.id, helpers.public_name, helpers.status, helpers.paused_at is not null as paused,
      c.category_ids, v.checks, v.rechecks,
      helpers.latitude, helpers.longitude, helpers.radius_km, helpers.wards, helpers.availability, helpers.capacity,
      coalesce(m.active, 0)::int as active, coalesce(m.recent, 0)::int as recent,
      helpers.languages, helpers.gender, helpers.accessibility, m.helped, m.put_forward
    from ${helpers}
    left join lateral (select array_agg(hc.category_id) as category_ids from helper_categories hc where hc.helper_id = helpers.id) c on true
    -- The date is filtered after the join on the helper: as an index condition it would scan every record in date.
    left join lateral (
      select array_agg(vr.check) filter (where vr.recheck_on >= ${today}::date) as checks,
        array_agg(vr.recheck_on::text) filter (where vr.recheck_on >= ${today}::date) as rechecks
      from vetting_records vr where vr.helper_id = helpers.id) v on true
    left join lateral (
      select count(*) filter (where mt.status in (${active})) as active,
        count(*) filter (where mt.created_at >= ${today}::date - ${RECENT_DAYS}::int) as recent,
        array_agg(distinct n.resident_id) filter (where n.resident_id = any(${residentIds})) as helped,
        array_agg(mt.need_id) filter (where mt.need_id = any(${needIds})) as put_forward
      from matches mt left join needs n on n.id = mt.need_id and mt.status in ('accepted', 'ended')
      where mt.helper_id = helpers.id) m on true
    where ${where}
    order by helpers.id`);
  // Postgres sends bigints as strings: numbers here, so the gates compare like with like.
  const ids = (list: (string | number)[] | null) => (list ?? []).map(Number);
  return rowsOf<HelperRow>(result).map((row) => ({
    id: Number(row.id),
    publicName: row.public_name,
    status: row.status,
    paused: row.paused,
    categoryIds: ids(row.category_ids),
    checks: (row.checks ?? []).map((check, i) => ({ check, recheckOn: row.rechecks![i]! })),
    latitude: row.latitude,
    longitude: row.longitude,
    radiusKm: row.radius_km,
    wards: row.wards,
    availability: row.availability,
    capacity: row.capacity,
    activeMatches: row.active,
    recentMatches: row.recent,
    languages: row.languages,
    gender: row.gender,
    accessibility: row.accessibility,
    helpedResidentIds: ids(row.helped),
    putForwardNeedIds: ids(row.put_forward),
  }));
}
