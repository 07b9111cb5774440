import type { Scope, Tx } from "@lgp/db";

type Settings = Record<string, unknown>;

/** Every settings field that holds a secret, in any settings form (email, staff sign-in, One Login). */
const SECRETS = ["password", "apiKey", "clientSecret", "privateKey"];

const withoutSecrets = (settings: Settings | null) => settings && Object.fromEntries(Object.entries(settings).filter(([key]) => !SECRETS.includes(key)));

/**
 * An audit row's account of a settings change: every other field as it was and as it is now, and of
 * each secret the settings hold only whether a new one was entered ("changed") or the stored one kept
 * ("unchanged"). A secret never reaches the log, neither as entered, nor sealed, nor masked.
 */
export function settingsChange(before: Settings | null, after: Settings | null, entered: Settings) {
  const held = SECRETS.filter((key) => (typeof entered[key] === "string" && entered[key] !== "") || typeof after?.[key] === "string");
  const secrets = Object.fromEntries(held.map((key) => [key, typeof entered[key] === "string" && entered[key] !== "" ? "changed" : "unchanged"]));
  return { before: withoutSecrets(before), after: withoutSecrets(after), ...(Object.keys(secrets).length > 0 ? { secrets } : {}) };
}

/**
 * Saves one kind of settings and audits the change, in the caller's transaction: what the settings
 * describe themselves as before and after, so the log shows what was stored, not merely what was sent.
 */
export async function saveSettings<Input extends Settings>(
  ctx: { tx: Tx; scope: Scope; audit: (event: { action: string; detail: Settings }) => Promise<void> },
  action: string,
  describe: (tx: Tx, scope: Scope) => Promise<Settings | null>,
  save: (tx: Tx, scope: Scope, input: Input) => Promise<void>,
  input: Input,
): Promise<void> {
  const before = await describe(ctx.tx, ctx.scope);
  await save(ctx.tx, ctx.scope, input);
  await ctx.audit({ action, detail: settingsChange(before, await describe(ctx.tx, ctx.scope), input) });
}
