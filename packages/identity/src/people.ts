import type { Scope, Tx } from "@lgp/db";
import { and, asc, countDistinct, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { hashToken } from "./tokens";
import { STAFF_ROLES, type Role } from "./roles";

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export interface Grant {
  role: Role;
  organisationId: number | null;
}

export async function findPersonByEmail(tx: Tx, scope: Scope, email: string) {
  const { people } = scope.tables;
  const [person] = await tx.select().from(people).where(eq(people.email, normaliseEmail(email)));
  return person;
}

/**
 * The person with this address and the roles they hold, read in one query (a row a grant): what every
 * request's check of who is signed in needs, so it costs one round trip rather than two.
 */
export async function findPersonWithRoles(tx: Tx, scope: Scope, email: string): Promise<{ id: number; email: string; roles: Role[] } | undefined> {
  const { people, roleGrants } = scope.tables;
  const rows = await tx
    .select({ id: people.id, email: people.email, role: roleGrants.role })
    .from(people)
    .leftJoin(roleGrants, eq(roleGrants.personId, people.id))
    .where(eq(people.email, normaliseEmail(email)))
    .orderBy(asc(roleGrants.role));
  const [first] = rows;
  return first && { id: first.id, email: first.email, roles: rolesOfRows(rows) };
}

/**
 * The person a live session names, with their roles, read in the caller's transaction (a request's own
 * council transaction): null for an unknown or expired session. Sessions are each scope's own, so a
 * token from another council finds no one here.
 */
export async function personOfSession(tx: Tx, scope: Scope, sessionToken: string): Promise<{ id: number; email: string; roles: Role[] } | null> {
  const { people, roleGrants, sessions } = scope.tables;
  const rows = await tx
    .select({ id: people.id, email: people.email, role: roleGrants.role })
    .from(sessions)
    .innerJoin(people, eq(people.id, sessions.personId))
    .leftJoin(roleGrants, eq(roleGrants.personId, people.id))
    .where(and(eq(sessions.tokenHash, hashToken(sessionToken)), gt(sessions.expires, sql`now()`)))
    .orderBy(asc(roleGrants.role));
  const [first] = rows;
  return first ? { id: first.id, email: first.email, roles: rolesOfRows(rows) } : null;
}

/** The roles in rows read a grant a row with a left join: a person with none has one row, its role null. */
export const rolesOfRows = (rows: readonly { role: string | null }[]): Role[] => rows.flatMap((r) => (r.role ? [r.role as Role] : []));

export async function findOrCreatePerson(tx: Tx, scope: Scope, email: string, name?: string) {
  const { people } = scope.tables;
  const existing = await findPersonByEmail(tx, scope, email);
  if (existing) return existing;
  const [created] = await tx.insert(people).values({ email: normaliseEmail(email), name: name ?? null }).returning();
  return created!;
}

export async function grantsOf(tx: Tx, scope: Scope, personId: number): Promise<Grant[]> {
  const { roleGrants } = scope.tables;
  const rows = await tx
    .select({ role: roleGrants.role, organisationId: roleGrants.organisationId })
    .from(roleGrants)
    .where(eq(roleGrants.personId, personId))
    .orderBy(asc(roleGrants.role));
  return rows as Grant[];
}

export async function grantRole(tx: Tx, scope: Scope, personId: number, role: Role, organisationId: number | null = null) {
  await tx.insert(scope.tables.roleGrants).values({ personId, role, organisationId }).onConflictDoNothing();
}

/**
 * Takes a role away and ends the person's sessions: whatever a session allowed was decided with the
 * role in hand, so the person signs in again and gets only what they still hold.
 */
export async function removeRole(tx: Tx, scope: Scope, personId: number, role: Role, organisationId: number | null = null) {
  const { roleGrants, sessions } = scope.tables;
  const removed = await tx
    .delete(roleGrants)
    .where(
      and(
        eq(roleGrants.personId, personId),
        eq(roleGrants.role, role),
        organisationId === null ? isNull(roleGrants.organisationId) : eq(roleGrants.organisationId, organisationId),
      ),
    )
    .returning({ id: roleGrants.id });
  if (removed.length > 0) await tx.delete(sessions).where(eq(sessions.personId, personId));
  return removed.length > 0;
}

/** Everyone holding any of `roles`, with all their roles. */
export async function listPeopleWithRoles(tx: Tx, scope: Scope) {
  const { people, roleGrants } = scope.tables;
  const rows = await tx
    .select({ id: people.id, email: people.email, name: people.name, role: roleGrants.role })
    .from(people)
    .innerJoin(roleGrants, eq(roleGrants.personId, people.id))
    .orderBy(asc(people.email), asc(roleGrants.role));
  const byPerson = new Map<number, { id: number; email: string; name: string | null; roles: Role[] }>();
  for (const row of rows) {
    const person = byPerson.get(row.id) ?? { id: row.id, email: row.email, name: row.name, roles: [] };
    person.roles.push(row.role as Role);
    byPerson.set(row.id, person);
  }
  return [...byPerson.values()];
}

/** How many people a council has, and how many of them are staff: for the operator console. */
export async function countPeople(tx: Tx, scope: Scope) {
  const { people, roleGrants } = scope.tables;
  const [all] = await tx.select({ n: countDistinct(people.id) }).from(people);
  const [staff] = await tx
    .select({ n: countDistinct(roleGrants.personId) })
    .from(roleGrants)
    .where(inArray(roleGrants.role, [...STAFF_ROLES]));
  return { people: Number(all!.n), staff: Number(staff!.n) };
}

/** How a person can sign in: by emailed link always, and any single sign-on accounts linked to them. */
export async function signInMethodsOf(tx: Tx, scope: Scope, personId: number): Promise<string[]> {
  const { accounts } = scope.tables;
  const linked = await tx.select({ provider: accounts.provider }).from(accounts).where(eq(accounts.personId, personId));
  return ["email", ...linked.map((a) => a.provider)];
}
