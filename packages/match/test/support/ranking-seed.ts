import { councilSchema, type Tx } from "@lgp/db";
import type { VettingCheck } from "../../src/vetting-levels";
import type { WeekPart } from "../../src/week-parts";
import { CENTRE, north } from "./ranking";

const { categories, helpers, helperCategories, matches, needs, people, postcodes, vettingRecords } = councilSchema;

type HelperRow = typeof helpers.$inferInsert;
type NeedRow = typeof needs.$inferInsert;

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function aPerson(tx: Tx, name = "Someone"): Promise<number> {
  const [person] = await tx.insert(people).values({ email: `p${unique()}@example.com`, name }).returning();
  return person!.id;
}

export async function aCategory(tx: Tx, name: string, requiredCheck: VettingCheck): Promise<number> {
  const [category] = await tx.insert(categories).values({ slug: name.toLowerCase().replaceAll(" ", "-"), name, requiredCheck }).returning();
  return category!.id;
}

/** The need's postcode, in the council's table with its ward. */
export async function aPostcode(tx: Tx): Promise<void> {
  await tx.insert(postcodes).values({ postcode: "KT1 1EU", ...CENTRE, wardCode: "E05013933", wardName: "Kingston Town" }).onConflictDoNothing();
}

/** An approved volunteer `km` north of the centre with a 5 km radius, holding `check` until `recheckOn`. */
export async function aHelper(
  tx: Tx,
  publicName: string,
  options: { km?: number; categoryIds: number[]; check?: Exclude<VettingCheck, "none">; recheckOn?: string } & Partial<HelperRow>,
): Promise<number> {
  const { km = 1, categoryIds, check = "dbs_enhanced", recheckOn = "2027-06-01", ...changes } = options;
  const personId = await aPerson(tx, `${publicName} Helper`);
  const [helper] = await tx
    .insert(helpers)
    .values({
      kind: "volunteer",
      personId,
      publicName,
      status: "approved",
      postcode: "KT2 5AA",
      ...north(km),
      radiusKm: 5,
      availability: ["tue-morning", "thu-afternoon"] satisfies WeekPart[],
      capacity: 2,
      languages: ["English"],
      ...changes,
    })
    .returning();
  for (const categoryId of categoryIds) await tx.insert(helperCategories).values({ helperId: helper!.id, categoryId });
  await tx.insert(vettingRecords).values({ helperId: helper!.id, check, issuedOn: "2025-06-01", recheckOn, verifiedBy: personId });
  return helper!.id;
}

/** An open need at the centre, on Tuesday mornings, made by the resident themselves. */
export async function aNeed(tx: Tx, residentId: number, categoryId: number, changes: Partial<NeedRow> = {}): Promise<number> {
  const [need] = await tx
    .insert(needs)
    .values({
      reference: `N-${unique()}`.toUpperCase(),
      residentId,
      categoryId,
      description: "A chat over a cup of tea each week",
      postcode: "KT1 1EU",
      ...CENTRE,
      wardCode: "E05013933",
      times: ["tue-morning"] satisfies WeekPart[],
      urgency: "within_weeks",
      createdBy: residentId,
      expiresAt: new Date("2026-12-25T00:00:00Z"),
      ...changes,
    })
    .returning();
  return need!.id;
}

export async function aMatch(tx: Tx, needId: number, helperId: number, status: (typeof matches.$inferInsert)["status"], proposedBy: number): Promise<void> {
  await tx.insert(matches).values({ needId, helperId, status, proposedBy });
}
