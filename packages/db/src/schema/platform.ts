import { sql } from "drizzle-orm";
import { bigint, check, index, integer, pgSchema, type pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { identityTables } from "./identity";

/**
 * The platform schema: the council registry and nothing personal about residents. Each council is the
 * data controller of its residents' data, which lives only in that council's own schema.
 */
export const platform = pgSchema("platform");

export const councilStatus = platform.enum("council_status", ["provisioning", "active", "suspended", "archived"]);

export const councils = platform.table(
  "councils",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    status: councilStatus("status").notNull().default("provisioning"),
    brandColour: text("brand_colour").notNull().default("#1d4f91"),
    brandTextColour: text("brand_text_colour").notNull().default("#ffffff"),
    linkColour: text("link_colour").notNull().default("#1d4f91"),
    modules: text("modules").array().notNull().default(sql`'{}'::text[]`),
    /** The last council migration applied to its schema, written by the migrator. */
    schemaVersion: text("schema_version"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("councils_slug_key").on(t.slug),
    check("councils_slug_format", sql`${t.slug} ~ '^[a-z][a-z0-9-]{1,29}$'`),
  ],
);

/** A council's own domains. `<slug>.<platform host>` needs no row: it follows from the slug. */
export const councilHosts = platform.table(
  "council_hosts",
  {
    hostname: text("hostname").primaryKey(),
    councilId: bigint("council_id", { mode: "number" })
      .notNull()
      .references(() => councils.id, { onDelete: "cascade" }),
    ...timestamps,
  },
  (t) => [
    check("council_hosts_lowercase", sql`${t.hostname} = lower(${t.hostname})`),
    index("council_hosts_council_id_idx").on(t.councilId),
  ],
);

/** Bumped by trigger on every registry change so that each app instance knows when to reload. */
export const registryVersion = platform.table("registry_version", {
  id: integer("id").primaryKey().default(1),
  version: bigint("version", { mode: "number" }).notNull().default(0),
});

/** Platform operators and their sign-in, in the same shape as a council's people. */
export const identity = identityTables(platform.table.bind(platform) as unknown as typeof pgTable);
export const { people, roleGrants, sessions, verificationTokens, accounts, invitations, emails, outboxMessages, rateLimits, settings, auditEvents } =
  identity;
