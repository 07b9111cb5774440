import { randomBytes } from "node:crypto";
import { councilSchema, councilScope, type Tx } from "@lgp/db";
import { addCategory } from "@lgp/match";
import type { World } from "./world";

const { helperCategories, helpers, matches, needs, organisations, people, roleGrants } = councilSchema;

type NeedStatus = (typeof needs.$inferSelect)["status"];
type MatchStatus = (typeof matches.$inferSelect)["status"];

/** The person the role matrix signs in as a resident, in this council (made if it has no such person). */
async function theResident(world: World, tx: Tx): Promise<number> {
  const email = world.people.kingstonResident.email;
  // Samples are made side by side: an upsert, so two making the resident at once both get them.
  const [row] = await tx.insert(people).values({ email }).onConflictDoUpdate({ target: people.email, set: { email } }).returning({ id: people.id });
  return row!.id;
}

/**
 * A need in `status` in its own category near Kingston's Guildhall, for `residentId` (a fresh resident
 * when null), and an approved helper covering it; the signed-in resident acts for the helper (as a
 * member of its organisation) when `residentActs`.
 */
async function needAndEligibleHelper(world: World, tx: Tx, given: { residentId: number | null; status: NeedStatus; residentActs: boolean }) {
  const fresh = randomBytes(4).toString("hex");
  const residentId = given.residentId ?? (await tx.insert(people).values({ email: `resident-${fresh}@example.com` }).returning({ id: people.id }))[0]!.id;
  const { id: categoryId } = await addCategory(tx, { name: `Category ${fresh}`, description: "Help of a kind made for a test." });
  const [need] = await tx
    .insert(needs)
    .values({
      reference: `M${fresh}`.toUpperCase(),
      residentId,
      createdBy: residentId,
      categoryId,
      description: "A test need",
      postcode: "KT1 1EU",
      latitude: 51.4085,
      longitude: -0.3064,
      urgency: "flexible",
      status: given.status,
      expiresAt: new Date(Date.now() + 28 * 86_400_000),
    })
    .returning({ id: needs.id, reference: needs.reference });
  const [organisation] = await tx.insert(organisations).values({ name: `Helpers ${fresh}`, kind: "voluntary_group" }).returning({ id: organisations.id });
  if (given.residentActs) await tx.insert(roleGrants).values({ personId: await theResident(world, tx), role: "provider_member", organisationId: organisation!.id });
  const [helper] = await tx
    .insert(helpers)
    .values({ kind: "organisation", organisationId: organisation!.id, publicName: `Helpers ${fresh}`, status: "approved", latitude: 51.41, longitude: -0.3064, radiusKm: 5, capacity: 5 })
    .returning({ id: helpers.id });
  await tx.insert(helperCategories).values({ helperId: helper!.id, categoryId });
  return { needId: need!.id, reference: need!.reference, helperId: helper!.id, residentId };
}

/** An open need in `slug` and an eligible helper the signed-in resident acts for. */
export function sampleNeedToOffer(world: World, slug: string) {
  return councilScope(world.database, slug).run((tx) => needAndEligibleHelper(world, tx, { residentId: null, status: "open", residentActs: true }));
}

/** An open need in `slug` and an eligible helper, for staff to put forward. */
export function sampleNeedToPropose(world: World, slug: string) {
  return councilScope(world.database, slug).run((tx) => needAndEligibleHelper(world, tx, { residentId: null, status: "open", residentActs: false }));
}

/**
 * A match in `status` on a need in `needStatus`: the signed-in resident's own need, or (when
 * `residentHelps`) a stranger's need with a helper the signed-in resident acts for.
 */
export function sampleMatchOfHelp(world: World, slug: string, status: MatchStatus, needStatus: NeedStatus, residentHelps = false) {
  return councilScope(world.database, slug).run(async (tx) => {
    const residentId = residentHelps ? null : await theResident(world, tx);
    const pair = await needAndEligibleHelper(world, tx, { residentId, status: needStatus, residentActs: residentHelps });
    const [match] = await tx.insert(matches).values({ needId: pair.needId, helperId: pair.helperId, proposedBy: pair.residentId, status }).returning({ id: matches.id });
    return { ...pair, matchId: match!.id };
  });
}
