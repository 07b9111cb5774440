import { councilSchema, type Tx } from "@lgp/db";
import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";

const { organisations, roleGrants, people } = councilSchema;

export const ORGANISATION_KINDS = councilSchema.organisationKind;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const newOrganisation = z.strictObject({
  name: z.string({ error: "Enter the organisation's name" }).trim().min(2, "Enter the organisation's name").max(200, "Enter a name of 200 characters or fewer"),
  kind: z.enum(ORGANISATION_KINDS, { message: "Choose what kind of organisation it is" }),
});

/** Registers an organisation; returns null when the council already has one of that name. */
export async function addOrganisation(tx: Tx, input: z.infer<typeof newOrganisation>) {
  const [created] = await tx.insert(organisations).values(input).onConflictDoNothing().returning();
  return created ?? null;
}

export function listOrganisations(tx: Tx) {
  return tx.select().from(organisations).orderBy(asc(organisations.name));
}

/** The organisations a person owns in this council, each with the people who hold a role in it. */
export async function organisationsOwnedBy(tx: Tx, personId: number) {
  const owned = await tx
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
    .from(roleGrants)
    .innerJoin(organisations, eq(organisations.id, roleGrants.organisationId))
    .where(and(eq(roleGrants.personId, personId), eq(roleGrants.role, "provider_owner")))
    .orderBy(asc(organisations.name));
  if (owned.length === 0) return [];
  const members = await tx
    .select({ organisationId: roleGrants.organisationId, email: people.email, role: roleGrants.role })
    .from(roleGrants)
    .innerJoin(people, eq(people.id, roleGrants.personId))
    .where(inArray(roleGrants.organisationId, owned.map((o) => o.id)))
    .orderBy(asc(people.email));
  return owned.map((o) => ({ ...o, members: members.filter((m) => m.organisationId === o.id).map(({ email, role }) => ({ email, role })) }));
}
