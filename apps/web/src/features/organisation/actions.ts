"use server";

import { formInputs } from "@lgp/api";
import type { FormState } from "~/features/forms/action-form";
import { submitForm } from "~/features/forms/submit-form";
import { manageInvitation } from "~/features/invitations/manage-invitation";
import { api } from "~/server/api";

export async function inviteMember(_previous: FormState, form: FormData): Promise<FormState> {
  return submitForm(form, formInputs.inviteMemberInput, async (input) => (await api()).organisation.invite(input), { path: "/organisation", field: "email" });
}

export async function manageMemberInvitation(_previous: FormState, form: FormData): Promise<FormState> {
  return manageInvitation(form, "/organisation", {
    resend: async (input) => (await api()).organisation.resendInvitation(input),
    cancel: async (input) => (await api()).organisation.cancelInvitation(input),
  });
}
