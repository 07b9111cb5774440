import { councilSchema, councilScope } from "@lgp/db";
import { addCategory } from "@lgp/match";
import { randomBytes } from "node:crypto";
import type { World } from "./world";

const { helpers, needs, people } = councilSchema;

/** A resident's open need in the council `slug`, and a helper there, by their ids. */
export async function sampleNeedAndHelper(world: World, slug: string): Promise<{ needId: number; helperId: number }> {
  return councilScope(world.database, slug).run(async (tx) => {
    const fresh = randomBytes(4).toString("hex");
    const [resident] = await tx.insert(people).values({ email: `resident-${fresh}@example.com` }).returning({ id: people.id });
    const { id: categoryId } = await addCategory(tx, { name: `Category ${fresh}`, description: "Help of a kind made for a test." });
    const [need] = await tx
      .insert(needs)
      .values({
        reference: `T${fresh}`.toUpperCase(),
        residentId: resident!.id,
        createdBy: resident!.id,
        categoryId,
        description: "A test need",
        postcode: "KT1 1EU",
        latitude: 51.4085,
        longitude: -0.3064,
        urgency: "flexible",
        expiresAt: new Date(Date.now() + 28 * 86_400_000),
      })
      .returning({ id: needs.id });
    const [helper] = await tx.insert(helpers).values({ kind: "volunteer", personId: resident!.id, publicName: "Tess", status: "approved" }).returning({ id: helpers.id });
    return { needId: need!.id, helperId: helper!.id };
  });
}
