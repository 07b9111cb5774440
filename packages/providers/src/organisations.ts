import { councilSchema, type Tx } from "@lgp/db";
import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";

const { organisations, roleGrants, people } = councilSchema;

export const ORGANISATION_KINDS = councilSchema.organisationKind;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** An optional register number: upper case and without spaces, null when none is given (a form's empty box, or ""). */
const registerNumber = (pattern: RegExp, message: string) =>
  z
    .string({ error: message })
    .nullish()
    .transform((value) => (value ?? "").replace(/\s+/g, "").toUpperCase())
    .refine((value) => value === "" || pattern.test(value), { message })
    .transform((value) => value || null);

/**
 * A CQC location id is "1-" and then digits: 9 or 10 in the register today, and 11 is allowed for the
 * newest locations. Charity numbers: England and Wales give 6 or 7 digits (a linked charity adds "-1" and
 * so on), Scotland SC and 6 digits, Northern Ireland NIC and 6 digits.
 */
export const CQC_LOCATION_ID = /^1-\d{9,11}$/;
export const CHARITY_NUMBER = /^(\d{6,7}(-\d{1,2})?|SC\d{6}|NIC\d{6})$/;

export const newOrganisation = z.strictObject({
  name: z.string({ error: "Enter the organisation's name" }).trim().min(2, "Enter the organisation's name").max(200, "Enter a name of 200 characters or fewer"),
  kind: z.enum(ORGANISATION_KINDS, { message: "Choose what kind of organisation it is" }),
  cqcLocationId: registerNumber(CQC_LOCATION_ID, "Enter a CQC location ID in the correct format, like 1-123456789"),
  charityNumber: registerNumber(CHARITY_NUMBER, "Enter a charity number in the correct format, like 1123456, SC012345 or NIC100001"),
});

/** Registers an organisation; returns null when the council already has one of that name. */
export async function addOrganisation(tx: Tx, input: Omit<z.infer<typeof newOrganisation>, "cqcLocationId" | "charityNumber"> & Partial<z.infer<typeof newOrganisation>>) {
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
