import { customFetch } from "@auth/core";
import type { NextAuthConfig } from "next-auth";
import type { Provider } from "next-auth/providers";
import type { Site } from "@lgp/councils";
import { platformScope, type Database } from "@lgp/db";
import { queueEmail, signInEmail } from "@lgp/email";
import { findPersonByEmail, grantRole, grantsOf, issuerFetch, limitSignInEmail, scopedAdapter, SignInLimited, STAFF_ROLES, type Role, type SessionUser, type StaffSso } from "@lgp/identity";
import { derivedKey } from "@lgp/secrets";
import { clientAddress } from "../client-address";
import { AUTH_COOKIES, authCookieName, SECURE_COOKIES, SESSION_DAYS } from "./cookies";
import { scopeFor } from "./scope";
import { senderFor } from "./sender";

export const SIGN_IN_LINK_MINUTES = 15;
export const STAFF_SSO = "staff-sso";

declare module "next-auth" {
  interface Session {
    person: { id: number; email: string; roles: Role[] };
  }
}

/**
 * next-auth for one site, built from the site the proxy resolved: its people, sessions and sign-in
 * links live in that site's schema, and its session cookie is host-only (no Domain attribute, and the
 * __Host- prefix where cookies are Secure), so no other council's host ever receives or honours it.
 */
export function authConfig(database: Database, site: Site, staffSso: StaffSso | null, oneLogin: Provider | null): NextAuthConfig {
  const scope = scopeFor(database, site);

  /** Staff sign-in lets in only people the council already has as staff, from its own tenant if one is set. */
  async function isStaffSignIn(address: string | null | undefined, tenant: unknown, allowedTenant?: string) {
    if (allowedTenant && tenant !== allowedTenant) return false;
    if (!address) return false;
    const person = await scope.run((tx) => findPersonByEmail(tx, scope, address));
    const roles = person ? await scope.run((tx) => grantsOf(tx, scope, person.id)) : [];
    return roles.some((g) => (STAFF_ROLES as readonly string[]).includes(g.role));
  }

  const secure = SECURE_COOKIES;
  const cookie = (name: string, httpOnly = true) => ({
    name: authCookieName(name),
    options: { httpOnly, sameSite: "lax" as const, path: "/", secure },
  });
  return {
    adapter: scopedAdapter(scope),
    secret: derivedKey("auth").toString("base64url"),
    trustHost: true,
    basePath: "/api/auth",
    session: { strategy: "database", maxAge: SESSION_DAYS * 86_400, updateAge: 86_400 },
    useSecureCookies: secure,
    cookies: {
      sessionToken: cookie(AUTH_COOKIES.sessionToken),
      callbackUrl: cookie(AUTH_COOKIES.callbackUrl),
      csrfToken: cookie(AUTH_COOKIES.csrfToken),
      pkceCodeVerifier: cookie(AUTH_COOKIES.pkceCodeVerifier),
      state: cookie(AUTH_COOKIES.state),
      nonce: cookie(AUTH_COOKIES.nonce),
    },
    logger: {
      // A refusal the person is told about is not a fault: one line, no stack trace.
      error(error) {
        const expected = error instanceof SignInLimited || (error as { type?: string }).type === "AccessDenied";
        if (expected) console.warn(`[auth] ${(error as { type?: string }).type ?? error.name}: ${error.message.split(". Read more")[0]}`);
        else console.error(error);
      },
    },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/problem" },
    providers: [
      {
        id: "email",
        type: "email",
        name: "Email",
        maxAge: SIGN_IN_LINK_MINUTES * 60,
        // Every sign-in email, whichever route asked for it, is counted against the limits here.
        async sendVerificationRequest({ identifier, url, request }) {
          await limitSignInEmail(scope, platformScope(database), identifier, clientAddress(request.headers));
          await scope.run(async (tx) => queueEmail(tx, scope, await senderFor(tx, site), identifier, signInEmail, { url, expiresInMinutes: SIGN_IN_LINK_MINUTES }));
        },
      },
      ...(staffSso
        ? [
            {
              id: STAFF_SSO,
              name: "Staff sign-in",
              type: "oidc" as const,
              issuer: staffSso.issuer,
              clientId: staffSso.clientId,
              clientSecret: staffSso.clientSecret,
              checks: ["pkce" as const, "state" as const, "nonce" as const],
              // The council's own directory vouches for the address, and only existing staff get in (below).
              allowDangerousEmailAccountLinking: true,
              // Public addresses only, checked on every connection: the issuer is a council admin's choice.
              [customFetch]: issuerFetch,
            },
          ]
        : []),
      ...(oneLogin ? [oneLogin] : []),
    ],
    callbacks: {
      /**
       * On the platform host only existing operators get a link. Anyone else is shown the same "check
       * your email" page, so the form does not reveal who is an operator.
       */
      async signIn({ user, email, account, profile }) {
        if (account?.provider === STAFF_SSO) return isStaffSignIn(user.email, profile?.tid, staffSso?.allowedTenantId);
        if (site.kind !== "platform") return true;
        const person = user.email ? await scope.run((tx) => findPersonByEmail(tx, scope, user.email!)) : undefined;
        const roles = person ? await scope.run((tx) => grantsOf(tx, scope, person.id)) : [];
        if (roles.some((g) => g.role === "platform_operator")) return true;
        return email?.verificationRequest ? "/sign-in/check-email" : false;
      },
      /** What /api/auth/session answers and pages read: who is signed in, never the session's token. */
      async session({ session, user }) {
        // The adapter read the roles afresh with the session itself (see getSessionAndUser).
        const { roles } = user as SessionUser;
        return { expires: session.expires, person: { id: Number(user.id), email: user.email, roles } } as typeof session;
      },
    },
    events: {
      // Anyone may sign in to their council's site; doing so for the first time makes them a resident.
      // Auth.js also fires this when it links staff sign-in to an existing person, who keeps their roles.
      async createUser({ user }) {
        if (site.kind !== "council") return;
        const id = Number(user.id);
        await scope.run(async (tx) => {
          if ((await grantsOf(tx, scope, id)).length === 0) await grantRole(tx, scope, id, "resident");
        });
      },
    },
  };
}
