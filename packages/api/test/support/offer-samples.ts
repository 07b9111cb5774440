import { councilSchema, councilScope, type Tx } from "@lgp/db";
import { findOrCreatePerson, grantRole } from "@lgp/identity";
import { addCategory } from "@lgp/match";
import { randomBytes } from "node:crypto";
import type { World } from "./world";

const { helperCategories, helpers, offers, organisations, postcodes } = councilSchema;

/** A postcode every sample's council has in its postcode table, whatever its demo data holds. */
const SAMPLE_POSTCODE = "KT1 1EU";

async function samplePostcode(tx: Tx): Promise<void> {
  await tx.insert(postcodes).values({ postcode: SAMPLE_POSTCODE, latitude: 51.4085, longitude: -0.3064 }).onConflictDoNothing();
}

/** A search of the directory of the council `slug` by a postcode it knows. */
export async function directorySearch(world: World, slug: string) {
  await councilScope(world.database, slug).run(samplePostcode);
  return { postcode: SAMPLE_POSTCODE };
}

/**
 * An approved helper of a new organisation in the council `slug`, helping in a category of its own. On
 * Kingston the person the role matrix signs in for "signed_in" procedures (the resident) acts for it as
 * a member; elsewhere, where those calls are refused anyway, a new person does, so samples made at the
 * same moment never race to create one person. Each call makes its own, so no sample changes another's.
 */
export async function residentsHelper(world: World, slug: string): Promise<{ helperId: number; categoryId: number }> {
  const scope = councilScope(world.database, slug);
  const fresh = randomBytes(4).toString("hex");
  return scope.run(async (tx) => {
    await samplePostcode(tx);
    const person = await findOrCreatePerson(tx, scope, slug === "kingston" ? world.people.kingstonResident.email : `${fresh}@member.example`);
    const name = `Offering ${fresh}`;
    const [organisation] = await tx.insert(organisations).values({ name, kind: "voluntary_group" }).returning({ id: organisations.id });
    await grantRole(tx, scope, person.id, "provider_member", organisation!.id);
    const [helper] = await tx.insert(helpers).values({ kind: "organisation", organisationId: organisation!.id, publicName: name, status: "approved", postcode: SAMPLE_POSTCODE }).returning({ id: helpers.id });
    const { id: categoryId } = await addCategory(tx, { name: `Category ${fresh}`, description: "Help of a kind made for a test." });
    await tx.insert(helperCategories).values({ helperId: helper!.id, categoryId });
    return { helperId: helper!.id, categoryId };
  });
}

/** Details of an offer a sample helper may publish in `categoryId`. */
export const sampleOffer = (categoryId: number) => ({ title: "Shopping trips", categoryId, description: "A lift to the shops and back.", place: "From your door", times: "Tuesday mornings", cost: "free" as const });

/** An offer of a new helper of the resident's in `slug` (published: listed in the directory), with its category. */
export async function sampleOfferIn(world: World, slug: string, status: "published" | "withdrawn" = "published"): Promise<{ offerId: number; categoryId: number }> {
  const { helperId, categoryId } = await residentsHelper(world, slug);
  return councilScope(world.database, slug).run(async (tx) => {
    const [offer] = await tx
      .insert(offers)
      .values({ helperId, ...sampleOffer(categoryId), postcode: SAMPLE_POSTCODE, latitude: 51.4085, longitude: -0.3064, status })
      .returning({ id: offers.id });
    return { offerId: offer!.id, categoryId };
  });
}

export const sampleOfferId = async (world: World, slug: string, status: "published" | "withdrawn" = "published") => (await sampleOfferIn(world, slug, status)).offerId;
