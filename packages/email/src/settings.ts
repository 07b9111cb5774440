import { z } from "zod";
import { maskFields, openFields, sealFields } from "@lgp/secrets";
import { InputError, readSetting, writeSetting, type Scope, type Tx } from "@lgp/db";

const address = z.string().trim().email("Enter an email address in the correct format, like name@example.gov.uk");

/** How a council (or the platform) sends email, as a council admin enters it. */
export const emailSettingsInput = z.discriminatedUnion("transport", [
  z.strictObject({ transport: z.literal("outbox") }),
  z.strictObject({
    transport: z.literal("smtp"),
    host: z.string().trim().min(1, "Enter the SMTP server's host name"),
    port: z.coerce.number().int().min(1).max(65535, "Enter a port between 1 and 65535"),
    secure: z.boolean().default(true),
    user: z.string().trim().optional(),
    /** Left empty when editing: keep the stored one. */
    password: z.string().optional(),
    from: address,
  }),
  z.strictObject({
    transport: z.literal("notify"),
    /** Left empty when editing: keep the stored one. */
    apiKey: z.string().trim().optional(),
    signInTemplateId: z.string().uuid("Enter the sign-in template's ID from GOV.UK Notify"),
    invitationTemplateId: z.string().uuid("Enter the invitation template's ID from GOV.UK Notify"),
    replyToId: z.string().uuid().optional(),
  }),
]);
export type EmailSettingsInput = z.infer<typeof emailSettingsInput>;

/** Settings as used to send: secrets opened. Never rendered to a page. */
export type EmailSettings =
  | { transport: "outbox" }
  | { transport: "smtp"; host: string; port: number; secure: boolean; user?: string; password?: string; from: string }
  | {
      transport: "notify";
      apiKey: string;
      signInTemplateId: string;
      invitationTemplateId: string;
      replyToId?: string;
    };

const KEY = "email";
const SECRET_FIELDS = ["password", "apiKey"] as const;
const SECRETS_OF = { outbox: [], smtp: ["password"], notify: ["apiKey"] } as const satisfies Record<EmailSettingsInput["transport"], readonly (typeof SECRET_FIELDS)[number][]>;

const readStored = (tx: Tx, scope: Scope) => readSetting(tx, scope.tables.settings, KEY);

export async function loadEmailSettings(tx: Tx, scope: Scope): Promise<EmailSettings> {
  const stored = await readStored(tx, scope);
  return stored ? openFields(stored as EmailSettings, SECRET_FIELDS, `${scope.name}:email`) : { transport: "outbox" };
}

/** What an admin's form may show back: the transport and its fields, secrets masked. */
export async function describeEmailSettings(tx: Tx, scope: Scope): Promise<Record<string, unknown>> {
  return maskFields(await loadEmailSettings(tx, scope), SECRET_FIELDS);
}

/** Saves settings, sealing secrets; an empty secret keeps the one already stored for the same transport. */
export async function saveEmailSettings(tx: Tx, scope: Scope, input: EmailSettingsInput): Promise<void> {
  const stored = (await readStored(tx, scope)) ?? {};
  const { sealed: value, missing } = sealFields(input, SECRETS_OF[input.transport], `${scope.name}:email`, stored.transport === input.transport ? stored : {});
  if (missing.includes("apiKey")) {
    throw new InputError("Enter the GOV.UK Notify API key", { apiKey: "Enter the GOV.UK Notify API key" });
  }
  await writeSetting(tx, scope.tables.settings, KEY, value);
}
