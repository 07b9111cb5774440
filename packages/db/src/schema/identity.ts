import { sql } from "drizzle-orm";
import { bigint, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uniqueIndex } from "drizzle-orm/pg-core";
import { oneOf, timestamps } from "./columns";

/** Where an email stands: waiting (or waiting to retry), sent, or given up on. */
export const emailStatus = ["queued", "sent", "failed"] as const;
export type EmailStatus = (typeof emailStatus)[number];

/**
 * People, their roles, sign-in and what is done in their name. Every council's schema has these tables
 * for its own people; the platform schema has them for platform operators. One definition, two homes:
 * `table` is `pgTable` (council: no schema name) or the platform schema's `table`.
 */
export function identityTables(table: typeof pgTable) {
  const when = (name: string) => timestamp(name, { withTimezone: true });

  const people = table(
    "people",
    {
      id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
      email: text("email").notNull(),
      name: text("name"),
      emailVerified: when("email_verified"),
      ...timestamps,
    },
    (t) => [uniqueIndex("people_email_key").on(t.email), check("people_email_lowercase", sql`${t.email} = lower(${t.email})`)],
  );

  const roleGrants = table(
    "role_grants",
    {
      id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
      personId: bigint("person_id", { mode: "number" })
        .notNull()
        .references(() => people.id, { onDelete: "cascade" }),
      role: text("role").notNull(),
      /** The provider organisation a provider role is held in; later issues add the organisations. */
      organisationId: bigint("organisation_id", { mode: "number" }),
      grantedBy: bigint("granted_by", { mode: "number" }),
      createdAt: when("created_at").notNull().defaultNow(),
    },
    (t) => [unique("role_grants_once").on(t.personId, t.role, t.organisationId).nullsNotDistinct()],
  );

  /** Sign-in sessions. Only a hash of the cookie's token is kept, so a copy of the table opens no session. */
  const sessions = table(
    "sessions",
    {
      tokenHash: text("token_hash").primaryKey(),
      personId: bigint("person_id", { mode: "number" })
        .notNull()
        .references(() => people.id, { onDelete: "cascade" }),
      expires: when("expires").notNull(),
      createdAt: when("created_at").notNull().defaultNow(),
    },
    (t) => [index("sessions_person_idx").on(t.personId)],
  );

  /** Emailed sign-in links (next-auth stores a hash of each token). */
  const verificationTokens = table(
    "verification_tokens",
    { identifier: text("identifier").notNull(), token: text("token").notNull(), expires: when("expires").notNull() },
    (t) => [primaryKey({ columns: [t.identifier, t.token] })],
  );

  /** A person's identity at a single sign-on provider. No provider tokens are kept. */
  const accounts = table(
    "accounts",
    {
      id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
      personId: bigint("person_id", { mode: "number" })
        .notNull()
        .references(() => people.id, { onDelete: "cascade" }),
      type: text("type").notNull(),
      provider: text("provider").notNull(),
      providerAccountId: text("provider_account_id").notNull(),
      createdAt: when("created_at").notNull().defaultNow(),
    },
    (t) => [uniqueIndex("accounts_provider_key").on(t.provider, t.providerAccountId), index("accounts_person_idx").on(t.personId)],
  );

  const invitations = table(
    "invitations",
    {
      id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
      email: text("email").notNull(),
      role: text("role").notNull(),
      organisationId: bigint("organisation_id", { mode: "number" }),
      tokenHash: text("token_hash").notNull(),
      invitedBy: text("invited_by").notNull(),
      expiresAt: when("expires_at").notNull(),
      acceptedAt: when("accepted_at"),
      /** Kept rather than deleted, so a cancelled link can say it was cancelled instead of "not valid". */
      cancelledAt: when("cancelled_at"),
      /** When its email last went out: resending replaces the token and starts the expiry again from here. */
      sentAt: when("sent_at").notNull().defaultNow(),
      createdAt: when("created_at").notNull().defaultNow(),
    },
    (t) => [uniqueIndex("invitations_token_key").on(t.tokenHash)],
  );

  /** The development outbox: email that was "sent" while no real transport is configured. */
  const outboxMessages = table("outbox_messages", {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    recipient: text("recipient").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body"),
    /** Files the email carried (a booking's .ics), as text: the outbox page offers each to download. */
    attachments: jsonb("attachments").$type<{ filename: string; contentType: string; content: string }[]>(),
    createdAt: when("created_at").notNull().defaultNow(),
  });

  /**
   * Email waiting to be sent, being sent, sent or given up on. The job that sends one carries only its
   * id; the recipient and content stay here, in the scope's own schema.
   */
  const emails = table(
    "emails",
    {
      id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
      kind: text("kind").notNull(),
      recipient: text("recipient").notNull(),
      /** The composed message (subject, text, html, Notify's personalisation, any files it carries). */
      message: jsonb("message").notNull(),
      status: text("status").$type<EmailStatus>().notNull().default("queued"),
      attempts: integer("attempts").notNull().default(0),
      lastError: text("last_error"),
      createdAt: when("created_at").notNull().defaultNow(),
      sentAt: when("sent_at"),
    },
    (t) => [oneOf("emails_status", t.status, emailStatus), index("emails_status_idx").on(t.status, t.createdAt)],
  );

  /** Fixed-window counters; in Postgres so every app instance (and the embedded default) shares them. */
  const rateLimits = table("rate_limits", {
    key: text("key").primaryKey(),
    windowStart: when("window_start").notNull(),
    hits: integer("hits").notNull(),
  });

  /** Settings by key; secret fields inside `value` are encrypted before they get here. */
  const settings = table("settings", {
    key: text("key").primaryKey(),
    value: jsonb("value").notNull(),
    updatedAt: when("updated_at").notNull().defaultNow(),
  });

  /** Append-only (a trigger refuses update and delete): who did what, when, from where. */
  const auditEvents = table(
    "audit_events",
    {
      id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
      at: when("at").notNull().defaultNow(),
      actor: text("actor").notNull(),
      action: text("action").notNull(),
      subject: text("subject"),
      detail: jsonb("detail").notNull().default({}),
      ip: text("ip"),
      userAgent: text("user_agent"),
    },
    (t) => [index("audit_events_at_idx").on(t.at), index("audit_events_action_idx").on(t.action)],
  );

  return { people, roleGrants, sessions, verificationTokens, accounts, invitations, emails, outboxMessages, rateLimits, settings, auditEvents };
}
