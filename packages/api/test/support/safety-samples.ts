import { randomBytes } from "node:crypto";
import { councilSchema, councilScope } from "@lgp/db";
import { addCategory, newConcernReference } from "@lgp/match";
import type { World } from "./world";

const { concerns, helpers, matches, needs, people } = councilSchema;

type MatchStatus = (typeof matches.$inferSelect)["status"];

/**
 * A match in the council `slug` in `status`, with a helper of its own, whose resident on Kingston is the
 * resident the role matrix signs in as (resident@kingston.example).
 */
export async function sampleMatch(world: World, slug: string, status: MatchStatus = "accepted"): Promise<{ matchId: number; helperId: number; residentId: number }> {
  return councilScope(world.database, slug).run(async (tx) => {
    const fresh = randomBytes(4).toString("hex");
    // Kingston's resident is who the role matrix signs in as there; elsewhere a resident of its own, so
    // samples made side by side on one council do not race to add the same person.
    const email = slug === "kingston" ? world.people.kingstonResident.email : `resident-${fresh}@example.com`;
    const [{ id: residentId }] = (await tx.insert(people).values({ email }).onConflictDoUpdate({ target: people.email, set: { email } }).returning({ id: people.id })) as [{ id: number }];
    const [volunteer] = await tx.insert(people).values({ email: `volunteer-${fresh}@example.com` }).returning({ id: people.id });
    const { id: categoryId } = await addCategory(tx, { name: `Category ${fresh}`, description: "Help of a kind made for a test." });
    const [need] = await tx
      .insert(needs)
      .values({
        reference: `HN-${fresh.slice(0, 4)}-${fresh.slice(4)}`.toUpperCase(),
        residentId,
        createdBy: residentId,
        categoryId,
        description: "A test need",
        postcode: "KT1 1EU",
        latitude: 51.4079,
        longitude: -0.306,
        urgency: "flexible",
        status: status === "ended" ? "done" : "matched",
        expiresAt: new Date(Date.now() + 28 * 86_400_000),
      })
      .returning({ id: needs.id });
    const held = status === "on_hold";
    const [helper] = await tx
      .insert(helpers)
      .values({ kind: "volunteer", personId: volunteer!.id, publicName: `Helper ${fresh}`, status: "approved", pausedAt: held ? new Date() : null, pausedReason: held ? "Looking into a concern" : null })
      .returning({ id: helpers.id });
    const [match] = await tx
      .insert(matches)
      .values({ needId: need!.id, helperId: helper!.id, proposedBy: volunteer!.id, status, heldFrom: held ? "accepted" : null })
      .returning({ id: matches.id });
    return { matchId: match!.id, helperId: helper!.id, residentId };
  });
}

/** An open concern on a fresh match in `slug`, its helper paused when `paused`: what a safeguarding lead works. */
export async function sampleConcern(world: World, slug: string, paused = false): Promise<{ reference: string; helperId: number }> {
  const { matchId, helperId, residentId } = await sampleMatch(world, slug, paused ? "on_hold" : "accepted");
  const reference = newConcernReference();
  await councilScope(world.database, slug).run((tx) => tx.insert(concerns).values({ reference, matchId, raisedBy: residentId, details: "Something worried me." }));
  return { reference, helperId };
}
