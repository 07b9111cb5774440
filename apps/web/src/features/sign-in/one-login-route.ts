import { ONE_LOGIN } from "@lgp/identity";
import { authFor } from "~/server/auth/instances";
import { safeReturnTo } from "~/server/return-to";
import { currentSite } from "~/server/site";

/** Starts sign-in with GOV.UK One Login (a link, for the same reason as staff sign-in: see staff-route.ts). */
export async function GET(request: Request) {
  await (await authFor(await currentSite())).signIn(ONE_LOGIN, { redirectTo: safeReturnTo(new URL(request.url).searchParams.get("returnTo")) ?? "/account" });
}
