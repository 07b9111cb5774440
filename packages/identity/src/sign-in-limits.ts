import { createHmac } from "node:crypto";
import { EmailSignInError } from "@auth/core/errors";
import type { Scope } from "@lgp/db";
import { derivedKey } from "@lgp/secrets";
import { normaliseEmail } from "./people";
import { consume, type Verdict } from "./rate-limit";

const WINDOW_SECONDS = 15 * 60;
/** Links to one address from one site, to one address from every site together, and from one client to one site. */
export const SIGN_IN_LIMITS = { perAddress: 5, perAddressEverywhere: 10, perClient: 20, windowSeconds: WINDOW_SECONDS } as const;

/** Refusal of a sign-in email; an Auth.js error so that its `signIn` hands it back to the form that asked. */
export class SignInLimited extends EmailSignInError {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many sign-in emails; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`);
  }
}

/** An address as a key: keyed, so the platform's rows cannot be matched against a list of addresses. */
function addressKey(email: string): string {
  return createHmac("sha256", derivedKey("sign-in-limits")).update(normaliseEmail(email)).digest("base64url");
}

/**
 * Counts one sign-in email against every limit it falls under, and throws SignInLimited if any is
 * spent. Called where the email is sent, so no route to sending one escapes it. The count across all
 * councils lives in the platform's schema: one person cannot be flooded by being asked for on 400 sites.
 */
export async function limitSignInEmail(site: Scope, platform: Scope, email: string, client: string): Promise<void> {
  const key = addressKey(email);
  const window = { windowSeconds: WINDOW_SECONDS };
  const verdicts: Verdict[] = await site.run(async (tx) => [
    await consume(tx, site, `sign-in:address:${key}`, { ...window, limit: SIGN_IN_LIMITS.perAddress }),
    await consume(tx, site, `sign-in:client:${client}`, { ...window, limit: SIGN_IN_LIMITS.perClient }),
  ]);
  if (site.name !== platform.name) {
    verdicts.push(await platform.run((tx) => consume(tx, platform, `sign-in:everywhere:${key}`, { ...window, limit: SIGN_IN_LIMITS.perAddressEverywhere })));
  }
  const waits = verdicts.flatMap((v) => (v.ok ? [] : [v.retryAfterSeconds]));
  if (waits.length > 0) throw new SignInLimited(Math.max(...waits));
}
