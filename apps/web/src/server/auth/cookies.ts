import { env } from "~/env";

/** A session lasts this long after the person last used the site. */
export const SESSION_DAYS = 7;
/** How long next-auth keeps the checks of a sign-in through another service (its PKCE, state and nonce cookies). */
export const SIGN_IN_CHECK_MINUTES = 15;

export const SECURE_COOKIES = env.NODE_ENV !== "development";

/**
 * next-auth's cookies in this app, by next-auth's own names for them. The cookies page lists these, so it
 * names exactly what is set: nothing else sets a cookie.
 */
export const AUTH_COOKIES = { sessionToken: "session", callbackUrl: "callback-url", csrfToken: "csrf", pkceCodeVerifier: "pkce", state: "state", nonce: "nonce" } as const;

/** With the __Host- prefix wherever cookies are Secure: the browser then keeps it to the one host that set it. */
export const authCookieName = (name: string) => (SECURE_COOKIES ? `__Host-lgp.${name}` : `lgp.${name}`);
