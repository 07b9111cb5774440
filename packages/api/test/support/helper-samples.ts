import { councilSchema, councilScope } from "@lgp/db";
import { grantRole } from "@lgp/identity";
import { SIGN_UP_TASKS } from "@lgp/match";
import { randomBytes } from "node:crypto";
import type { World } from "./world";

const { helpers, organisations, people } = councilSchema;

/**
 * A helper of a new organisation in the council `slug`, at `status`, which the person the role matrix
 * signs in for "signed_in" procedures (the resident, by address) acts for as a member; `complete` when
 * every sign-up task is done. Each call makes its own, so no sample changes another's.
 */
export async function sampleHelper(world: World, slug: string, status: "applying" | "submitted" = "applying", complete = false): Promise<number> {
  const scope = councilScope(world.database, slug);
  return scope.run(async (tx) => {
    const email = world.people.kingstonResident.email;
    // Samples are made side by side: an upsert, so two making the resident at once both get them.
    const [resident] = await tx.insert(people).values({ email }).onConflictDoUpdate({ target: people.email, set: { email } }).returning({ id: people.id });
    const name = `Helpers ${randomBytes(4).toString("hex")}`;
    const [organisation] = await tx.insert(organisations).values({ name, kind: "voluntary_group" }).returning({ id: organisations.id });
    await grantRole(tx, scope, resident!.id, "provider_member", organisation!.id);
    const [helper] = await tx
      .insert(helpers)
      .values({ kind: "organisation", organisationId: organisation!.id, publicName: name, status, signUpTasks: complete ? [...SIGN_UP_TASKS] : [], submittedAt: status === "submitted" ? new Date() : null })
      .returning({ id: helpers.id });
    return helper!.id;
  });
}
