import { sql } from "drizzle-orm";
import { bigint, check, customType, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { identityTables } from "./identity";

/*
 * The council template: every council's schema holds these tables. They are declared without a schema
 * so that the migrator and each request's transaction place them through search_path; no name here may
 * reach another schema.
 */

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

/** The kinds of help a council's site lists, set by the council. */
export const categories = pgTable(
  "categories",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    position: integer("position").notNull().default(0),
    ...timestamps,
  },
  (t) => [uniqueIndex("categories_slug_key").on(t.slug)],
);

/** Files the council's site serves, such as its logo. Kept in the council's schema so they move with it. */
export const siteAssets = pgTable(
  "site_assets",
  {
    name: text("name").primaryKey(),
    contentType: text("content_type").notNull(),
    body: bytea("body").notNull(),
    ...timestamps,
  },
  (t) => [check("site_assets_size", sql`octet_length(${t.body}) <= 1048576`)],
);

export const identity = identityTables(pgTable);
export const { people, roleGrants, sessions, verificationTokens, accounts, invitations, emails, outboxMessages, rateLimits, settings, auditEvents } =
  identity;

/** The kinds of organisation that give help through the council's site. */
export const organisationKind = ["care_provider", "voluntary_group", "business"] as const;

/** Provider organisations registered with the council; their owners invite their own members. */
export const organisations = pgTable(
  "organisations",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("organisations_name_key").on(t.name),
    check("organisations_kind", sql`${t.kind} in ('care_provider', 'voluntary_group', 'business')`),
  ],
);
