import type { NextAuthConfig } from "next-auth";
import type { Site } from "@lgp/councils";
import type { Database } from "@lgp/db";
import { sendEmail } from "@lgp/email";
import { findPersonByEmail, grantRole, grantsOf, scopedAdapter, type Role } from "@lgp/identity";
import { derivedKey } from "@lgp/secrets";
import { env } from "~/env";
import { scopeFor } from "./scope";
import { senderFor } from "./sender";

export const SIGN_IN_LINK_MINUTES = 15;
const SESSION_DAYS = 7;

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
export function authConfig(database: Database, site: Site): NextAuthConfig {
  const scope = scopeFor(database, site);
  const secure = env.NODE_ENV !== "development";
  const cookie = (name: string, httpOnly = true) => ({
    name: secure ? `__Host-lgp.${name}` : `lgp.${name}`,
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
      sessionToken: cookie("session"),
      callbackUrl: cookie("callback-url"),
      csrfToken: cookie("csrf"),
      pkceCodeVerifier: cookie("pkce"),
      state: cookie("state"),
      nonce: cookie("nonce"),
    },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/problem" },
    providers: [
      {
        id: "email",
        type: "email",
        name: "Email",
        maxAge: SIGN_IN_LINK_MINUTES * 60,
        sendVerificationRequest: ({ identifier, url }) =>
          scope.run((tx) => sendEmail(tx, scope, senderFor(site), identifier, { kind: "sign-in", url, expiresInMinutes: SIGN_IN_LINK_MINUTES })),
      },
    ],
    callbacks: {
      /**
       * On the platform host only existing operators get a link. Anyone else is shown the same "check
       * your email" page, so the form does not reveal who is an operator.
       */
      async signIn({ user, email }) {
        if (site.kind !== "platform") return true;
        const person = user.email ? await scope.run((tx) => findPersonByEmail(tx, scope, user.email!)) : undefined;
        const roles = person ? await scope.run((tx) => grantsOf(tx, scope, person.id)) : [];
        if (roles.some((g) => g.role === "platform_operator")) return true;
        return email?.verificationRequest ? "/sign-in/check-email" : false;
      },
      async session({ session, user }) {
        const id = Number(user.id);
        const roles = (await scope.run((tx) => grantsOf(tx, scope, id))).map((g) => g.role);
        return { ...session, person: { id, email: user.email, roles } };
      },
    },
    events: {
      // Anyone may sign in to their council's site; doing so for the first time makes them a resident.
      async createUser({ user }) {
        if (site.kind === "council") await scope.run((tx) => grantRole(tx, scope, Number(user.id), "resident"));
      },
    },
  };
}
