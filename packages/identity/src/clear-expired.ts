import { councilScope, platformScope, rowsOf, withPlatform, type Database, type Scope } from "@lgp/db";
import { defineJob } from "@lgp/jobs";
import { and, isNull, lt, sql } from "drizzle-orm";

/** Long past any window the rate limiter counts in (minutes), so clearing never resets a live count. */
const RATE_LIMIT_KEEP = sql`now() - interval '1 day'`;

/** Removes what has expired from one scope: sessions, sign-in tokens, unaccepted invitations, old rate-limit rows. */
export async function clearExpired(scope: Scope): Promise<Record<string, number>> {
  const { sessions, verificationTokens, invitations, rateLimits } = scope.tables;
  return scope.run(async (tx) => ({
    sessions: (await tx.delete(sessions).where(lt(sessions.expires, sql`now()`)).returning({ token: sessions.tokenHash })).length,
    signInTokens: (await tx.delete(verificationTokens).where(lt(verificationTokens.expires, sql`now()`)).returning({ token: verificationTokens.token })).length,
    invitations: (await tx.delete(invitations).where(and(lt(invitations.expiresAt, sql`now()`), isNull(invitations.acceptedAt))).returning({ id: invitations.id })).length,
    rateLimits: (await tx.delete(rateLimits).where(lt(rateLimits.windowStart, RATE_LIMIT_KEEP)).returning({ key: rateLimits.key })).length,
  }));
}

async function activeCouncils(database: Database): Promise<string[]> {
  return withPlatform(database, async (tx) => rowsOf<{ slug: string }>(await tx.execute(sql`select slug from platform.councils where status = 'active' order by slug`)).map((r) => r.slug));
}

/** Every hour, for the platform and each active council in turn, each in its own scope. */
export const clearExpiredJob = defineJob<Record<string, never>>({
  name: "identity.clear-expired",
  schedule: "7 * * * *",
  async run({ database }) {
    await clearExpired(platformScope(database));
    for (const slug of await activeCouncils(database)) await clearExpired(councilScope(database, slug));
  },
});
