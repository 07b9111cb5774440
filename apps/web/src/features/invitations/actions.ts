"use server";

import { redirect } from "next/navigation";
import { api } from "~/server/api";

export async function acceptInvitationAction(form: FormData) {
  const result = await (await api()).invitations.accept({ token: String(form.get("token") ?? "") });
  redirect(result.ok ? "/sign-in?invited=accepted" : `/invitations/accept?problem=${result.reason}`);
}
