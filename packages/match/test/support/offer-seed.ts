import { councilSchema, type Tx } from "@lgp/db";
import type { VettingCheck } from "../../src/vetting-levels";

const { categories, helperCategories, helpers, offers, organisations, people, postcodes, roleGrants, vettingRecords } = councilSchema;

const tag = () => Math.random().toString(36).slice(2, 10);

/** Postcodes at known places: each 0.01° of latitude north of the first is about 1.1 km further away. */
export const PLACES = {
  "KT1 1AA": { latitude: 51.4, longitude: -0.3 },
  "KT1 2AA": { latitude: 51.41, longitude: -0.3 },
  "KT2 3AA": { latitude: 51.43, longitude: -0.3 },
  "KT3 4AA": { latitude: 51.46, longitude: -0.3 },
  /** Far outside any borough: 1° north is about 111 km. */
  "YO1 7HH": { latitude: 52.4, longitude: -0.3 },
} as const;
export type SeedPostcode = keyof typeof PLACES;

export async function addPostcodes(tx: Tx): Promise<void> {
  await tx
    .insert(postcodes)
    .values(Object.entries(PLACES).map(([postcode, place]) => ({ postcode, ...place, wardName: `Ward of ${postcode}` })))
    .onConflictDoNothing();
}

export async function addCategory(tx: Tx, requiredCheck: VettingCheck = "none", name = `Category ${tag()}`) {
  const [category] = await tx.insert(categories).values({ slug: name.toLowerCase().replace(/\W+/g, "-"), name, description: "For tests", requiredCheck }).returning();
  return category!;
}

export interface SeedHelper {
  categoryIds: number[];
  status?: councilSchema.HelperStatus;
  paused?: boolean;
  /** Checks held, each with its recheck date. */
  checks?: { check: Exclude<VettingCheck, "none">; recheckOn: string }[];
  postcode?: SeedPostcode;
  /** An organisation's helper, acted for by its owner, instead of a volunteer's own. */
  organisation?: boolean;
}

/** A helper with the person who acts for it (the volunteer, or the organisation's owner). */
export async function addHelper(tx: Tx, seed: SeedHelper) {
  const t = tag();
  const [person] = await tx.insert(people).values({ email: `helper-${t}@example.com` }).returning();
  let who: { kind: "volunteer"; personId: number } | { kind: "organisation"; organisationId: number } = { kind: "volunteer", personId: person!.id };
  if (seed.organisation) {
    const [organisation] = await tx.insert(organisations).values({ name: `Organisation ${t}`, kind: "voluntary_group" }).returning();
    await tx.insert(roleGrants).values({ personId: person!.id, role: "provider_owner", organisationId: organisation!.id });
    who = { kind: "organisation", organisationId: organisation!.id };
  }
  const postcode = seed.postcode ?? "KT1 1AA";
  const [helper] = await tx
    .insert(helpers)
    .values({
      ...who,
      publicName: `Helper ${t}`,
      about: "Helps people nearby.",
      status: seed.status ?? "approved",
      pausedAt: seed.paused ? new Date() : null,
      postcode,
      ...PLACES[postcode],
    })
    .returning();
  if (seed.categoryIds.length > 0) await tx.insert(helperCategories).values(seed.categoryIds.map((categoryId) => ({ helperId: helper!.id, categoryId })));
  for (const { check, recheckOn } of seed.checks ?? []) {
    await tx.insert(vettingRecords).values({ helperId: helper!.id, check, issuedOn: "2025-01-01", recheckOn, verifiedBy: person!.id });
  }
  return { helper: helper!, personId: person!.id };
}

/** A published offer at `postcode`, written straight to the table (the offers' own functions are tested on their own). */
export async function addTestOffer(tx: Tx, helperId: number, categoryId: number, postcode: SeedPostcode = "KT1 1AA", title = `Offer ${tag()}`) {
  const [offer] = await tx
    .insert(offers)
    .values({ helperId, categoryId, title, description: "Help of this kind.", place: "At your home", postcode, ...PLACES[postcode], times: "Weekday mornings" })
    .returning();
  return offer!;
}
