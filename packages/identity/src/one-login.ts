import { createPrivateKey, webcrypto } from "node:crypto";
import { InputError, readSetting, writeSetting, type Scope, type Tx } from "@lgp/db";
import { maskFields, openFields, sealFields } from "@lgp/secrets";
import { z } from "zod";
import { env } from "./env";

/** GOV.UK One Login's issuers, from the platform's configuration; a council registers a client in each it uses. */
export const ONE_LOGIN_ISSUERS = {
  integration: env.LGP_ONE_LOGIN_INTEGRATION_ISSUER,
  production: env.LGP_ONE_LOGIN_PRODUCTION_ISSUER,
} as const;

function isPrivateKeyPem(pem: string): boolean {
  try {
    createPrivateKey(pem);
    return true;
  } catch {
    return false;
  }
}

/** GOV.UK One Login for residents: off unless a council switches it on. */
export const oneLoginInput = z.strictObject({
  /** A form's unticked box sends nothing: absent means off. */
  enabled: z.boolean().default(false),
  environment: z.enum(["integration", "production"], { message: "Select the One Login environment" }),
  clientId: z.string({ error: "Enter the client id One Login gave you" }).trim().min(1, "Enter the client id One Login gave you"),
  /** PKCS#8 PEM of the key whose public half is registered with One Login. Empty when editing: keep it. */
  privateKey: z
    .string()
    .optional()
    .refine((pem) => !pem || isPrivateKeyPem(pem), "Enter the private key in PEM format, starting -----BEGIN PRIVATE KEY-----"),
});
export type OneLoginInput = z.infer<typeof oneLoginInput>;
export type OneLogin = Omit<OneLoginInput, "privateKey"> & { privateKey: string };

const KEY = "one_login";
const SECRETS = ["privateKey"] as const;

const stored = (tx: Tx, scope: Scope) => readSetting(tx, scope.tables.settings, KEY);

export async function loadOneLogin(tx: Tx, scope: Scope): Promise<OneLogin | null> {
  const value = await stored(tx, scope);
  if (!value) return null;
  const settings = openFields(value as OneLogin, SECRETS, `${scope.name}:one-login`);
  return settings.enabled ? settings : null;
}

export async function describeOneLogin(tx: Tx, scope: Scope): Promise<Record<string, unknown> | null> {
  const value = await stored(tx, scope);
  return value ? maskFields({ ...value, privateKey: value.privateKey ? "configured" : undefined }, SECRETS) : null;
}

export async function saveOneLogin(tx: Tx, scope: Scope, given: OneLoginInput): Promise<void> {
  const parsed = oneLoginInput.safeParse(given);
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
    throw new InputError(Object.values(fields).join(" "), fields);
  }
  const input = parsed.data;
  const { sealed, missing } = sealFields(input, SECRETS, `${scope.name}:one-login`, (await stored(tx, scope)) ?? {});
  if (missing.length > 0) throw new InputError("Enter the private key in PEM format, starting -----BEGIN PRIVATE KEY-----", { privateKey: "Enter the private key in PEM format, starting -----BEGIN PRIVATE KEY-----" });
  await writeSetting(tx, scope.tables.settings, KEY, sealed);
}

export const ONE_LOGIN = "govuk-one-login";

/**
 * The next-auth provider for One Login: OpenID Connect with private_key_jwt client authentication (the
 * token request carries a client assertion signed with the council's key; no shared secret exists),
 * state, nonce and PKCE, and One Login's own parameters (medium-level credentials, English).
 */
export async function oneLoginProvider(settings: OneLogin) {
  const pem = createPrivateKey(settings.privateKey);
  const jwk = pem.export({ format: "jwk" });
  const algorithm = jwk.kty === "EC" ? { name: "ECDSA", namedCurve: jwk.crv! } : { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
  const clientPrivateKey = await webcrypto.subtle.importKey("jwk", jwk, algorithm, false, ["sign"]);
  return {
    id: ONE_LOGIN,
    name: "GOV.UK One Login",
    type: "oidc" as const,
    issuer: ONE_LOGIN_ISSUERS[settings.environment],
    clientId: settings.clientId,
    client: { token_endpoint_auth_method: "private_key_jwt" as const },
    token: { clientPrivateKey },
    authorization: { params: { scope: "openid email phone", vtr: '["Cl.Cm"]', ui_locales: "en" } },
    checks: ["pkce" as const, "state" as const, "nonce" as const],
    // One Login verifies the address, so an existing person with it is the same person.
    allowDangerousEmailAccountLinking: true,
  };
}
