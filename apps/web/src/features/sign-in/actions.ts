"use server";

import { createHash } from "node:crypto";
import { sharedDatabase } from "@lgp/db";
import { consume } from "@lgp/identity";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { authFor } from "~/server/auth/instances";
import { scopeFor } from "~/server/auth/scope";
import { clientAddress } from "~/server/client-address";
import { currentSite } from "~/server/site";

export interface SignInState {
  email: string;
  error?: string;
}

const WINDOW_SECONDS = 15 * 60;
const PER_ADDRESS = 5;
const PER_CLIENT = 20;

export async function requestSignInLink(_previous: SignInState, form: FormData): Promise<SignInState> {
  const site = await currentSite();
  const t = await getTranslations("signIn");
  const email = String(form.get("email") ?? "").trim();
  if (!z.string().email().safeParse(email).success) return { email, error: t("errors.email") };

  const scope = scopeFor(await sharedDatabase(), site);
  const address = createHash("sha256").update(email.toLowerCase()).digest("hex");
  const client = clientAddress(await headers());
  const verdicts = await scope.run(async (tx) => [
    await consume(tx, scope, `sign-in:address:${address}`, { limit: PER_ADDRESS, windowSeconds: WINDOW_SECONDS }),
    await consume(tx, scope, `sign-in:client:${client}`, { limit: PER_CLIENT, windowSeconds: WINDOW_SECONDS }),
  ]);
  const refused = verdicts.find((v) => !v.ok);
  if (refused && !refused.ok) return { email, error: t("errors.tooMany", { minutes: Math.ceil(refused.retryAfterSeconds / 60) }) };

  // Throws the redirect to "check your email"; Next.js carries it out.
  await (await authFor(site)).signIn("email", { email, redirectTo: "/account" });
  return { email };
}

export async function signOutAction() {
  await (await authFor(await currentSite())).signOut({ redirectTo: "/" });
}
