"use server";

import { formInputs } from "@lgp/api";
import { revalidatePath } from "next/cache";
import type { FormState } from "~/features/forms/action-form";
import { savedBanner } from "~/features/forms/saved-banner";
import { submitForm } from "~/features/forms/submit-form";
import { manageInvitation } from "~/features/invitations/manage-invitation";
import { api } from "~/server/api";
import { echoForm, formErrors, parseForm } from "~/server/form-errors";
import { noteRefusedForm } from "~/server/refused-form";
import { readStatementDates, withStatementDates } from "./statement-dates";

export async function saveBranding(_previous: FormState, form: FormData): Promise<FormState> {
  // The statement's dates are typed as day, month and year; the procedure takes each as an ISO date.
  const { dates, errors } = readStatementDates(form);
  const sent = withStatementDates(form, dates);
  if (errors.length > 0) {
    // Every mistake at once: the other fields are checked too, and nothing is saved.
    const parsed = parseForm(sent, formInputs.brandingInput);
    await noteRefusedForm();
    return { values: echoForm(form), errors: [...(parsed.ok ? [] : parsed.errors), ...errors] };
  }
  return submitForm(sent, formInputs.brandingInput, async (input) => (await api()).admin.updateBranding(input), { path: "/admin/branding" });
}

/** The logo is sent as a file, and the procedure takes its bytes (it reads what kind of image they are). */
export async function uploadLogo(_previous: FormState, form: FormData): Promise<FormState> {
  const file = form.get("logo");
  const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  try {
    await (await api()).admin.uploadLogo({ bytes });
  } catch (error) {
    const errors = formErrors(error, "logo");
    await noteRefusedForm();
    return { values: echoForm(form), errors };
  }
  revalidatePath("/admin/branding");
  return { values: {}, errors: [], saved: await savedBanner() };
}

export async function saveModules(_previous: FormState, form: FormData): Promise<FormState> {
  return submitForm(form, formInputs.modulesInput, async (input) => (await api()).admin.setModules(input), { path: "/admin/modules", field: "modules" });
}

export async function saveEmail(_previous: FormState, form: FormData): Promise<FormState> {
  return submitForm(form, formInputs.emailSettingsInput, async (input) => (await api()).admin.saveEmail(input), { path: "/admin/email", field: "transport" });
}

export async function inviteStaff(_previous: FormState, form: FormData): Promise<FormState> {
  return submitForm(form, formInputs.inviteStaffInput, async (input) => (await api()).admin.invite(input), { path: "/admin/staff", field: "email" });
}

export async function manageStaffInvitation(_previous: FormState, form: FormData): Promise<FormState> {
  return manageInvitation(form, "/admin/staff", {
    resend: async (input) => (await api()).admin.resendInvitation(input),
    cancel: async (input) => (await api()).admin.cancelInvitation(input),
  });
}

export async function setStaffRoles(_previous: FormState, form: FormData): Promise<FormState> {
  return submitForm(form, formInputs.setRolesInput, async (input) => (await api()).admin.setRoles(input), { path: "/admin/staff", field: "roles" });
}

export async function saveStaffSso(_previous: FormState, form: FormData): Promise<FormState> {
  return submitForm(form, formInputs.staffSsoInput, async (input) => (await api()).admin.saveStaffSso(input), { path: "/admin/sign-in", field: "issuer" });
}

export async function saveOneLogin(_previous: FormState, form: FormData): Promise<FormState> {
  return submitForm(form, formInputs.oneLoginInput, async (input) => (await api()).admin.saveOneLogin(input), { path: "/admin/sign-in", field: "clientId" });
}

export async function addOrganisation(_previous: FormState, form: FormData): Promise<FormState> {
  return submitForm(form, formInputs.addOrganisationInput, async (input) => (await api()).admin.addOrganisation(input), { path: "/admin/organisations", field: "name" });
}
