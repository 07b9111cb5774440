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
export const { people, roleGrants, sessions, verificationTokens, accounts, invitations, outboxMessages, rateLimits, settings, auditEvents } =
  identity;
