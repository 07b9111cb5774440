import { authFor } from "~/server/auth/instances";
import { STAFF_SSO } from "~/server/auth/config";
import { safeReturnTo } from "~/server/return-to";
import { currentSite } from "~/server/site";

/**
 * Starts staff single sign-on. A link, not a form: the redirect to the council's identity provider is
 * then a plain navigation, which the CSP's form-action 'self' rightly does not cover. State, PKCE and
 * nonce protect the return.
 */
export async function GET(request: Request) {
  await (await authFor(await currentSite())).signIn(STAFF_SSO, { redirectTo: safeReturnTo(new URL(request.url).searchParams.get("returnTo")) ?? "/account" });
}
