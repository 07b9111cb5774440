import { z } from "zod";
import { maskFields, openFields, sealFields } from "@lgp/secrets";
import { InputError, readSetting, writeSetting, type Scope, type Tx } from "@lgp/db";
import { CORE_EMAIL_TEMPLATES, type EmailTemplate } from "./message";

const address = z
  .string({ error: "Enter the address emails are sent from" })
  .trim()
  .min(1, { error: "Enter the address emails are sent from", abort: true })
  .email("Enter an email address in the correct format, like name@example.gov.uk");

type NotifyField = EmailTemplate["notifyField"];

/** A template ID for each kind of email the scope can send (the modules it has switched on add kinds). */
const templateIds = (templates: readonly EmailTemplate<never>[]) =>
  Object.fromEntries(
    templates.map((t) => [
      t.notifyField,
      z
        .string({ error: `Enter the ${t.title} template's ID from GOV.UK Notify` })
        .trim()
        .min(1, { error: `Enter the ${t.title} template's ID from GOV.UK Notify`, abort: true })
        .uuid(`Enter the ${t.title} template's ID in the correct format, like f33517ff-2a88-4f6e-b855-c550268ce08a`),
    ]),
  ) as Record<NotifyField, z.ZodString>;

/** How a council (or the platform) sends email, as an admin enters it, for the kinds of email it sends. */
export const emailSettingsInputFor = (templates: readonly EmailTemplate<never>[]): z.ZodType<EmailSettingsInput> => z.discriminatedUnion("transport", [
  z.strictObject({ transport: z.literal("outbox") }),
  z.strictObject({
    transport: z.literal("smtp"),
    host: z.string({ error: "Enter the SMTP server's host name" }).trim().min(1, "Enter the SMTP server's host name"),
    port: z.coerce.number({ error: "Enter the port, like 465" }).int("Enter a port between 1 and 65535").min(1, "Enter a port between 1 and 65535").max(65535, "Enter a port between 1 and 65535"),
    /** A form's unticked box sends nothing: absent means off. */
    secure: z.boolean().default(false),
    user: z.string().trim().optional(),
    /** Left empty when editing: keep the stored one. */
    password: z.string().optional(),
    from: address,
  }),
  z.strictObject({
    transport: z.literal("notify"),
    /** Left empty when editing: keep the stored one. */
    apiKey: z.string().trim().optional(),
    replyToId: z.string().uuid().optional(),
    ...templateIds(templates),
  }),
]);

/** The platform's own settings, and any scope's with no module switched on. */
export const emailSettingsInput = emailSettingsInputFor(CORE_EMAIL_TEMPLATES);
export type EmailSettingsInput =
  | { transport: "outbox" }
  | { transport: "smtp"; host: string; port: number; secure: boolean; user?: string; password?: string; from: string }
  | ({ transport: "notify"; apiKey?: string; replyToId?: string } & Partial<Record<NotifyField, string>>);

/** Settings as used to send: secrets opened. Never rendered to a page. */
export type EmailSettings =
  | { transport: "outbox" }
  | { transport: "smtp"; host: string; port: number; secure: boolean; user?: string; password?: string; from: string }
  | ({ transport: "notify"; apiKey: string; replyToId?: string } & Partial<Record<NotifyField, string>>);

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
