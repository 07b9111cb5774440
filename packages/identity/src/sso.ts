import { InputError, readSetting, writeSetting, type Scope, type Tx } from "@lgp/db";
import { maskFields, openFields, sealFields } from "@lgp/secrets";
import { z } from "zod";
import { issuerProblem } from "./issuer-fetch";

/**
 * Single sign-on for a council's staff through its own OpenID Connect provider (Microsoft Entra ID and
 * the like). Only people the council already has as staff may sign in this way; with a tenant id set,
 * only accounts from that tenant (the `tid` claim).
 */
export const staffSsoInput = z.strictObject({
  /** A form's unticked box sends nothing: absent means off. */
  enabled: z.boolean().default(false),
  issuer: z
    .string({ error: "Enter the issuer's address" })
    .trim()
    .min(1, { error: "Enter the issuer's address", abort: true })
    .url("Enter the issuer's address in the correct format, like https://login.microsoftonline.com/<tenant>/v2.0"),
  clientId: z.string({ error: "Enter the client (application) id" }).trim().min(1, "Enter the client (application) id"),
  /** Left empty when editing: keep the stored one. */
  clientSecret: z.string().optional(),
  allowedTenantId: z.string().trim().optional(),
});
export type StaffSsoInput = z.infer<typeof staffSsoInput>;
export type StaffSso = Omit<StaffSsoInput, "clientSecret"> & { clientSecret: string };

const KEY = "staff_sso";
const SECRETS = ["clientSecret"] as const;

const stored = (tx: Tx, scope: Scope) => readSetting(tx, scope.tables.settings, KEY);

/** The council's staff sign-in settings with the secret opened, or null when not set up or switched off. */
export async function loadStaffSso(tx: Tx, scope: Scope): Promise<StaffSso | null> {
  const value = await stored(tx, scope);
  if (!value) return null;
  const sso = openFields(value as StaffSso, SECRETS, `${scope.name}:sso`);
  return sso.enabled ? sso : null;
}

export async function describeStaffSso(tx: Tx, scope: Scope): Promise<Record<string, unknown> | null> {
  const value = await stored(tx, scope);
  return value ? maskFields(openFields(value, SECRETS, `${scope.name}:sso`), SECRETS) : null;
}

export async function saveStaffSso(tx: Tx, scope: Scope, input: StaffSsoInput): Promise<void> {
  const problem = await issuerProblem(input.issuer);
  if (problem) throw new InputError(problem, { issuer: problem });
  const { sealed, missing } = sealFields(input, SECRETS, `${scope.name}:sso`, (await stored(tx, scope)) ?? {});
  if (missing.length > 0) throw new InputError("Enter the client secret", { clientSecret: "Enter the client secret" });
  await writeSetting(tx, scope.tables.settings, KEY, sealed);
}
