"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import type { FormState } from "~/features/forms/action-form";
import { api } from "~/server/api";
import { echoForm, formErrors } from "~/server/form-errors";

const text = (form: FormData, keys: string[]) => Object.fromEntries(keys.map((k) => [k, String(form.get(k) ?? "")]));

/** Runs a procedure for a form: on a person's mistake the form comes back as sent, errors beside fields. */
async function attempt(form: FormData, path: string, run: () => Promise<unknown>, field?: string): Promise<FormState> {
  try {
    await run();
  } catch (error) {
    return { values: echoForm(form), errors: formErrors(error, field) };
  }
  revalidatePath(path);
  return { values: {}, errors: [], saved: (await getTranslations("admin"))("saved") };
}

const BRANDING = ["name", "brandColour", "brandTextColour", "linkColour", "contactEmail", "contactPhone", "contactAddress", "accessibilityContact", "accessibilityKnownIssues", "accessibilityPreparedOn", "emailSenderName"];

export async function saveBranding(_previous: FormState, form: FormData): Promise<FormState> {
  const values = text(form, BRANDING);
  return attempt(form, "/admin/branding", async () => (await api()).admin.updateBranding(values as never));
}

export async function uploadLogo(_previous: FormState, form: FormData): Promise<FormState> {
  const file = form.get("logo");
  const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  return attempt(form, "/admin/branding", async () => (await api()).admin.uploadLogo({ bytes }), "logo");
}

export async function saveModules(_previous: FormState, form: FormData): Promise<FormState> {
  const modules = form.getAll("modules").map(String);
  return attempt(form, "/admin/modules", async () => (await api()).admin.setModules({ modules: modules as never }), "modules");
}

export async function saveEmail(_previous: FormState, form: FormData): Promise<FormState> {
  const values = text(form, ["transport", "host", "port", "user", "password", "from", "apiKey", "signInTemplateId", "invitationTemplateId"]);
  const input =
    values.transport === "smtp"
      ? { transport: "smtp", host: values.host, port: values.port, secure: form.get("secure") === "yes", user: values.user || undefined, password: values.password, from: values.from }
      : values.transport === "notify"
        ? { transport: "notify", apiKey: values.apiKey, signInTemplateId: values.signInTemplateId, invitationTemplateId: values.invitationTemplateId }
        : { transport: "outbox" };
  return attempt(form, "/admin/email", async () => (await api()).admin.saveEmail(input as never), "transport");
}

export async function inviteStaff(_previous: FormState, form: FormData): Promise<FormState> {
  const values = text(form, ["email", "role"]);
  return attempt(form, "/admin/staff", async () => (await api()).admin.invite(values as never), "email");
}

export async function setStaffRoles(_previous: FormState, form: FormData): Promise<FormState> {
  const roles = form.getAll("roles").map(String);
  return attempt(form, "/admin/staff", async () => (await api()).admin.setRoles({ personId: Number(form.get("personId")), roles: roles as never }), "roles");
}

export async function saveStaffSso(_previous: FormState, form: FormData): Promise<FormState> {
  const values = text(form, ["issuer", "clientId", "allowedTenantId"]);
  const input = {
    enabled: form.get("enabled") === "yes",
    issuer: values.issuer!,
    clientId: values.clientId!,
    allowedTenantId: values.allowedTenantId || undefined,
    clientSecret: String(form.get("clientSecret") ?? ""),
  };
  return attempt(form, "/admin/sign-in", async () => (await api()).admin.saveStaffSso(input), "issuer");
}

export async function saveOneLogin(_previous: FormState, form: FormData): Promise<FormState> {
  const values = text(form, ["environment", "oneLoginClientId"]);
  const input = {
    enabled: form.get("oneLoginEnabled") === "yes",
    environment: (values.environment || "integration") as "integration" | "production",
    clientId: values.oneLoginClientId!,
    privateKey: String(form.get("privateKey") ?? "") || undefined,
  };
  const renamed = (e: FormState) => ({ ...e, errors: e.errors.map((x) => (x.field === "clientId" ? { ...x, field: "oneLoginClientId" } : x)) });
  return renamed(await attempt(form, "/admin/sign-in", async () => (await api()).admin.saveOneLogin(input), "oneLoginClientId"));
}

export async function addOrganisation(_previous: FormState, form: FormData): Promise<FormState> {
  const values = text(form, ["name", "kind", "ownerEmail"]);
  return attempt(form, "/admin/organisations", async () => (await api()).admin.addOrganisation(values as never), "name");
}
