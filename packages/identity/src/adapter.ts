import type { Adapter, AdapterUser } from "@auth/core/adapters";
import type { Scope } from "@lgp/db";
import { and, asc, eq } from "drizzle-orm";
import { normaliseEmail, rolesOfRows } from "./people";
import type { Role } from "./roles";
import { hashToken } from "./tokens";

type Person = { id: number; email: string; name: string | null; emailVerified: Date | null };

/** The person a session names, with the roles they hold in the session's scope as it was read. */
export type SessionUser = AdapterUser & { roles: Role[] };

const toUser = (p: Person): AdapterUser => ({ id: String(p.id), email: p.email, name: p.name, emailVerified: p.emailVerified });
const idOf = (id: string) => (/^\d+$/.test(id) ? Number(id) : -1);

/**
 * next-auth's storage, in one scope's schema: a council's people and sessions live in that council's
 * schema, operators' in the platform schema. A session token is looked up only where it was made, so a
 * cookie replayed on another council's site finds nothing. Session tokens are stored hashed.
 */
export function scopedAdapter(scope: Scope): Adapter {
  const { people, sessions, verificationTokens, accounts, roleGrants } = scope.tables;
  return {
    createUser: (user) =>
      scope.run(async (tx) => {
        const [created] = await tx
          .insert(people)
          .values({ email: normaliseEmail(user.email), name: user.name ?? null, emailVerified: user.emailVerified })
          .returning();
        return toUser(created!);
      }),
    getUser: (id) =>
      scope.run(async (tx) => {
        const [p] = await tx.select().from(people).where(eq(people.id, idOf(id)));
        return p ? toUser(p) : null;
      }),
    getUserByEmail: (email) =>
      scope.run(async (tx) => {
        const [p] = await tx.select().from(people).where(eq(people.email, normaliseEmail(email)));
        return p ? toUser(p) : null;
      }),
    getUserByAccount: ({ provider, providerAccountId }) =>
      scope.run(async (tx) => {
        const [row] = await tx
          .select({ person: people })
          .from(accounts)
          .innerJoin(people, eq(people.id, accounts.personId))
          .where(and(eq(accounts.provider, provider), eq(accounts.providerAccountId, providerAccountId)));
        return row ? toUser(row.person) : null;
      }),
    updateUser: (user) =>
      scope.run(async (tx) => {
        const [p] = await tx
          .update(people)
          .set({
            ...(user.name !== undefined ? { name: user.name } : {}),
            ...(user.emailVerified !== undefined ? { emailVerified: user.emailVerified } : {}),
            updatedAt: new Date(),
          })
          .where(eq(people.id, idOf(user.id)))
          .returning();
        return toUser(p!);
      }),
    linkAccount: (account) =>
      scope.run(async (tx) => {
        await tx
          .insert(accounts)
          .values({ personId: idOf(account.userId), type: account.type, provider: account.provider, providerAccountId: account.providerAccountId })
          .onConflictDoNothing();
      }),
    createSession: ({ sessionToken, userId, expires }) =>
      scope.run(async (tx) => {
        await tx.insert(sessions).values({ tokenHash: hashToken(sessionToken), personId: idOf(userId), expires });
        return { sessionToken, userId, expires };
      }),
    getSessionAndUser: (sessionToken) =>
      scope.run(async (tx) => {
        // The person's roles come with the session (a row a grant), rather than from the session callback
        // in a transaction of its own: still read afresh from this scope's schema on every request.
        const rows = await tx
          .select({ session: sessions, person: people, role: roleGrants.role })
          .from(sessions)
          .innerJoin(people, eq(people.id, sessions.personId))
          .leftJoin(roleGrants, eq(roleGrants.personId, people.id))
          .where(eq(sessions.tokenHash, hashToken(sessionToken)))
          .orderBy(asc(roleGrants.role));
        const [row] = rows;
        if (!row) return null;
        const user: SessionUser = { ...toUser(row.person), roles: rolesOfRows(rows) };
        return { session: { sessionToken, userId: String(row.person.id), expires: row.session.expires }, user };
      }),
    updateSession: ({ sessionToken, expires }) =>
      scope.run(async (tx) => {
        if (!expires) return null;
        const [s] = await tx.update(sessions).set({ expires }).where(eq(sessions.tokenHash, hashToken(sessionToken))).returning();
        return s ? { sessionToken, userId: String(s.personId), expires: s.expires } : null;
      }),
    deleteSession: (sessionToken) =>
      scope.run(async (tx) => {
        await tx.delete(sessions).where(eq(sessions.tokenHash, hashToken(sessionToken)));
      }),
    createVerificationToken: (token) =>
      scope.run(async (tx) => {
        await tx.insert(verificationTokens).values(token);
        return token;
      }),
    useVerificationToken: ({ identifier, token }) =>
      scope.run(async (tx) => {
        const [used] = await tx
          .delete(verificationTokens)
          .where(and(eq(verificationTokens.identifier, identifier), eq(verificationTokens.token, token)))
          .returning();
        return used ?? null;
      }),
  };
}
