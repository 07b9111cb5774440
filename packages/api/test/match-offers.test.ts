import { councilSchema, councilScope } from "@lgp/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { residentsHelper, sampleOffer } from "./support/offer-samples";
import { callerFor, createWorld, type World } from "./support/world";
import { failure } from "./support/refusal";

let world: World;
beforeAll(async () => {
  world = await createWorld("offers");
});
afterAll(() => world?.close());


describe("a helper's offers and the directory, through the API", () => {
  it("publishes an offer that anyone on the council's site then finds, nearest first, and opens", async () => {
    const { helperId, categoryId } = await residentsHelper(world, "kingston");
    const helper = callerFor(world, await world.site("kingston"), world.people.kingstonResident);
    const offer = await helper.match.addOffer({ helperId, ...sampleOffer(categoryId), cost: "paid", costAmount: "£4.5", costUnit: "per trip" });
    expect(offer).toMatchObject({ costPence: 450, costUnit: "per trip", listed: true });
    expect((await helper.match.myOffers()).flatMap((h) => h.offers.map((o) => o.id))).toContain(offer.id);

    const anyone = callerFor(world, await world.site("kingston"), null);
    const found = await anyone.match.directory({ postcode: "kt1 1eu" });
    expect(found.entries.map((e) => e.offerId)).toContain(offer.id);
    expect(await anyone.match.directoryOffer({ offerId: offer.id })).toMatchObject({ title: "Shopping trips", organisationKind: "voluntary_group", costPence: 450 });

    await helper.match.withdrawOffer({ offerId: offer.id });
    expect(await failure(anyone.match.directoryOffer({ offerId: offer.id }))).toEqual({ code: "NOT_FOUND", message: "This offer is not in the directory. It may have been withdrawn." });
  });

  it("answers a bad postcode with a 400 naming the field's problem", async () => {
    const anyone = callerFor(world, await world.site("kingston"), null);
    expect(await failure(anyone.match.directory({ postcode: "KT1" }))).toEqual({ code: "BAD_REQUEST", message: "Enter a real postcode, like KT1 1EU" });
  });

  it("finds no Kingston offer on Richmond's site, for its people or anyone else, and changes nothing there", async () => {
    // Kingston's admin and Richmond's share a person id, so only the site tells their helpers apart.
    const kingston = councilScope(world.database, "kingston");
    const { offerId } = await kingston.run(async (tx) => {
      const [category] = await tx.insert(councilSchema.categories).values({ slug: "kingston-only", name: "Kingston only", description: "Test" }).returning();
      const [helper] = await tx
        .insert(councilSchema.helpers)
        .values({ kind: "volunteer", personId: world.people.kingstonAdmin.id, publicName: "Kit", status: "approved", postcode: "KT1 1EU" })
        .returning();
      const [offer] = await tx
        .insert(councilSchema.offers)
        .values({ helperId: helper!.id, ...sampleOffer(category!.id), postcode: "KT1 1EU", latitude: 51.4085, longitude: -0.3064 })
        .returning();
      return { offerId: offer!.id };
    });
    const onRichmond = callerFor(world, await world.site("richmond"), world.people.richmondAdmin);
    // Richmond's demo offers are counted in its own schema, so it may have one with this id: never Kingston's.
    const seen = await onRichmond.match.directoryOffer({ offerId }).catch(() => null);
    expect(seen?.categoryName).not.toBe("Kingston only");
    expect((await failure(onRichmond.match.myOffer({ offerId })))?.code).toBe("NOT_FOUND");
    expect((await failure(onRichmond.match.withdrawOffer({ offerId })))?.code).toBe("NOT_FOUND");
    expect(await onRichmond.match.myOffers()).toEqual([]);
    const kingstonAdmin = callerFor(world, await world.site("kingston"), world.people.kingstonAdmin);
    expect((await kingstonAdmin.match.myOffer({ offerId })).offer.status).toBe("published");
  });
});
