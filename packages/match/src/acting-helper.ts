import { councilSchema, type Tx } from "@lgp/db";
import { and, eq, inArray, or } from "drizzle-orm";

const { helpers, roleGrants } = councilSchema;

export type Helper = typeof helpers.$inferSelect;

/**
 * The helpers a person acts for: their own, as a volunteer, and those of the organisations they own or
 * belong to. Every helper page and procedure goes through this, so a person can touch no other helper.
 */
export async function helpersActedForBy(tx: Tx, personId: number): Promise<Helper[]> {
  const theirOrganisations = tx
    .select({ id: roleGrants.organisationId })
    .from(roleGrants)
    .where(and(eq(roleGrants.personId, personId), inArray(roleGrants.role, ["provider_owner", "provider_member"])));
  return tx
    .select()
    .from(helpers)
    .where(or(eq(helpers.personId, personId), inArray(helpers.organisationId, theirOrganisations)))
    .orderBy(helpers.id);
}

/** One helper, if `personId` acts for it; null otherwise (the caller answers not found). */
export async function helperActedForBy(tx: Tx, personId: number, helperId: number): Promise<Helper | null> {
  return (await helpersActedForBy(tx, personId)).find((h) => h.id === helperId) ?? null;
}
