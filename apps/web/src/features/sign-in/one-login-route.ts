import { ONE_LOGIN } from "@lgp/identity";
import { authFor } from "~/server/auth/instances";
import { currentSite } from "~/server/site";

/** Starts sign-in with GOV.UK One Login (a link, for the same reason as staff sign-in: see staff-route.ts). */
export async function GET() {
  await (await authFor(await currentSite())).signIn(ONE_LOGIN, { redirectTo: "/account" });
}
