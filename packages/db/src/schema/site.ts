import { sql } from "drizzle-orm";
import { check, pgTable, text } from "drizzle-orm/pg-core";
import { bytea, timestamps } from "./columns";

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
