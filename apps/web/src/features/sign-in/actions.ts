"use server";

import { SignInLimited } from "@lgp/identity";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { authFor } from "~/server/auth/instances";
import { noteRefusedForm } from "~/server/refused-form";
import { safeReturnTo } from "~/server/return-to";
import { currentSite } from "~/server/site";

export interface SignInState {
  email: string;
  error?: string;
}

export async function requestSignInLink(_previous: SignInState, form: FormData): Promise<SignInState> {
  const site = await currentSite();
  const t = await getTranslations("signIn");
  const email = String(form.get("email") ?? "").trim();
  const refuse = async (error: string) => {
    await noteRefusedForm();
    return { email, error };
  };
  if (email === "") return refuse(t("errors.emailMissing"));
  if (!z.string().email().safeParse(email).success) return refuse(t("errors.email"));
  try {
    // Throws the redirect to "check your email"; Next.js carries it out.
    await (await authFor(site)).signIn("email", { email, redirectTo: safeReturnTo(form.get("returnTo")) ?? "/account" });
  } catch (error) {
    if (error instanceof SignInLimited) return refuse(t("errors.tooMany", { minutes: Math.ceil(error.retryAfterSeconds / 60) }));
    throw error;
  }
  return { email };
}

export async function signOutAction() {
  await (await authFor(await currentSite())).signOut({ redirectTo: "/" });
}
