import { councilSchema, type Tx } from "@lgp/db";
import { and, eq, inArray } from "drizzle-orm";

const { helpers, needs, people, roleGrants } = councilSchema;

export interface Contact {
  id: number;
  name: string | null;
  email: string;
}

/**
 * The people who act for a helper: the volunteer, or the organisation's owners and members. They are
 * who hears of the helper's matches, and who may act on them (as acting-helper.ts decides).
 */
export async function helperContacts(tx: Tx, helperId: number): Promise<Contact[]> {
  const [helper] = await tx.select({ personId: helpers.personId, organisationId: helpers.organisationId }).from(helpers).where(eq(helpers.id, helperId));
  if (!helper) return [];
  const members = tx
    .select({ id: roleGrants.personId })
    .from(roleGrants)
    .where(and(eq(roleGrants.organisationId, helper.organisationId ?? -1), inArray(roleGrants.role, ["provider_owner", "provider_member"])));
  return tx
    .select({ id: people.id, name: people.name, email: people.email })
    .from(people)
    .where(helper.personId !== null ? eq(people.id, helper.personId) : inArray(people.id, members))
    .orderBy(people.id);
}

/** The resident a need is for. */
export async function residentOfNeed(tx: Tx, needId: number): Promise<Contact | null> {
  const [row] = await tx.select({ id: people.id, name: people.name, email: people.email }).from(needs).innerJoin(people, eq(people.id, needs.residentId)).where(eq(needs.id, needId));
  return row ?? null;
}

/** How a person is named to the other side: their name, or their email address when they gave none. */
export const nameOf = (contact: Contact) => contact.name?.trim() || contact.email;
