"use server";

import { formInputs } from "@lgp/api";
import { redirect } from "next/navigation";
import { api } from "~/server/api";
import { parseForm } from "~/server/form-errors";

export async function acceptInvitationAction(form: FormData) {
  const parsed = parseForm(form, formInputs.invitationTokenInput);
  if (!parsed.ok) redirect("/invitations/accept?problem=unknown");
  const result = await (await api()).invitations.accept(parsed.value);
  redirect(result.ok ? "/sign-in?invited=accepted" : `/invitations/accept?problem=${result.reason}`);
}
