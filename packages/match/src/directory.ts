import { councilSchema, InputError, type Tx } from "@lgp/db";
import { boundingBox, EARTH_RADIUS_KM, locatePostcode, postcodeProblem, type Place } from "@lgp/postcodes";
import { todayInLondon } from "@lgp/time";
import { and, asc, between, eq, isNull, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { vettedFor } from "./vetting-levels";

const { categories, helpers, offers, organisations } = councilSchema;

type OrganisationKind = councilSchema.OrganisationKind;

/** Results on one page of a search. */
export const DIRECTORY_PAGE_SIZE = 20;

/** How far from the resident's postcode offers are found: beyond a borough and its neighbours is no longer local help. */
export const DIRECTORY_REACH_KM = 25;

/** An offer as residents see it: public facts about the helper only, never a person's details. */
export interface DirectoryOffer {
  offerId: number;
  title: string;
  description: string;
  categoryName: string;
  categorySlug: string;
  place: string;
  times: string;
  forWhom: string;
  costPence: number | null;
  costUnit: string | null;
  helperName: string;
  helperAbout: string;
  /** Null for an individual volunteer. */
  organisationKind: OrganisationKind | null;
}

export interface DirectoryEntry extends DirectoryOffer {
  /** Great-circle distance from the postcode searched for. */
  distanceKm: number;
}

export interface DirectoryResults {
  postcode: string;
  category: { slug: string; name: string } | null;
  entries: DirectoryEntry[];
  total: number;
  page: number;
  pages: number;
}

/** Today in Europe/London, as vetting's recheck dates are kept. */
const londonToday = () => todayInLondon().toString();

/**
 * SQL: whether an offer row is in the directory on `today`. The helper's own pages show the same test,
 * so what a helper is told about their offer is what residents see.
 */
export function listedInDirectory(today: string): SQL {
  return and(
    eq(offers.status, "published"),
    eq(helpers.status, "approved"),
    isNull(helpers.pausedAt),
    isNull(categories.retiredAt),
    vettedFor(helpers.id, categories.requiredCheck, today),
  )!;
}

/** SQL: the great-circle (haversine) distance in km from `centre` to the point in `latitude`, `longitude`. */
export function distanceKmFrom(centre: Place, latitude: SQLWrapper, longitude: SQLWrapper): SQL<number> {
  const lat = sql`${centre.latitude}::float8`;
  const lon = sql`${centre.longitude}::float8`;
  return sql<number>`(2 * ${EARTH_RADIUS_KM}::float8 * asin(least(1, sqrt(
    power(sin(radians(${latitude} - ${lat}) / 2), 2)
    + cos(radians(${lat})) * cos(radians(${latitude})) * power(sin(radians(${longitude} - ${lon}) / 2), 2)))))`;
}

const publicColumns = {
  offerId: offers.id,
  title: offers.title,
  description: offers.description,
  categoryName: categories.name,
  categorySlug: categories.slug,
  place: offers.place,
  times: offers.times,
  forWhom: offers.forWhom,
  costPence: offers.costPence,
  costUnit: offers.costUnit,
  helperName: helpers.publicName,
  helperAbout: helpers.about,
  organisationKind: organisations.kind,
};

const unknownPostcode = (postcode: string) => {
  const message = `We could not find ${postcode} in this council's area. Check the postcode, or enter one nearby`;
  return new InputError(message, { postcode: message });
};

const unknownCategory = () => {
  const message = "Choose a kind of help from the list";
  return new InputError(message, { category: message });
};

/**
 * The offers listed in the directory, nearest first to `postcode`, optionally in one category, 20 to a
 * page. Distance, order and paging are worked out in the database, so a page costs the same however
 * many offers the council has. A postcode that is badly formatted or not in the council's postcode
 * table, or a category it does not list, is refused with a message for that field.
 */
export async function searchDirectory(tx: Tx, search: { categorySlug?: string; postcode: string; page: number; today?: string }): Promise<DirectoryResults> {
  const problem = postcodeProblem(search.postcode);
  if (problem) throw new InputError(problem, { postcode: problem });
  const located = await locatePostcode(tx, search.postcode);
  if (!located) throw unknownPostcode(search.postcode.trim().toUpperCase());
  let category: DirectoryResults["category"] = null;
  if (search.categorySlug) {
    const [found] = await tx
      .select({ id: categories.id, slug: categories.slug, name: categories.name })
      .from(categories)
      .where(and(eq(categories.slug, search.categorySlug), isNull(categories.retiredAt)));
    if (!found) throw unknownCategory();
    category = { slug: found.slug, name: found.name };
  }
  const box = boundingBox(located, DIRECTORY_REACH_KM);
  const distance = distanceKmFrom(located, offers.latitude, offers.longitude);
  const page = Math.max(1, Math.floor(search.page));
  const rows = await tx
    .select({ ...publicColumns, distanceKm: distance.as("distance_km"), total: sql<number>`count(*) over ()` })
    .from(offers)
    .innerJoin(helpers, eq(helpers.id, offers.helperId))
    .innerJoin(categories, eq(categories.id, offers.categoryId))
    .leftJoin(organisations, eq(organisations.id, helpers.organisationId))
    .where(
      and(
        listedInDirectory(search.today ?? londonToday()),
        category ? eq(categories.slug, category.slug) : undefined,
        between(offers.latitude, box.minLatitude, box.maxLatitude),
        between(offers.longitude, box.minLongitude, box.maxLongitude),
        sql`${distance} <= ${DIRECTORY_REACH_KM}`,
      ),
    )
    // By the selected column's name, so each row's distance is worked out once for both.
    .orderBy(sql`distance_km`, asc(offers.id))
    .limit(DIRECTORY_PAGE_SIZE)
    .offset((page - 1) * DIRECTORY_PAGE_SIZE);
  // Past the last page there are no rows to carry the total, so it is counted on its own.
  const total = rows.length > 0 ? Number(rows[0]!.total) : page > 1 ? (await searchDirectory(tx, { ...search, page: 1 })).total : 0;
  return {
    postcode: located.postcode,
    category,
    entries: rows.map(({ total: _, ...entry }) => ({ ...entry, distanceKm: Number(entry.distanceKm) })),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)),
  };
}

/** One offer as the directory shows it in full; null when it is not listed (withdrawn, its helper paused, …) or the council has no such offer. */
export async function directoryOffer(tx: Tx, offerId: number, today: string = londonToday()): Promise<DirectoryOffer | null> {
  const [found] = await tx
    .select(publicColumns)
    .from(offers)
    .innerJoin(helpers, eq(helpers.id, offers.helperId))
    .innerJoin(categories, eq(categories.id, offers.categoryId))
    .leftJoin(organisations, eq(organisations.id, helpers.organisationId))
    .where(and(eq(offers.id, offerId), listedInDirectory(today)));
  return found ?? null;
}
