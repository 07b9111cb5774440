import { sql } from "drizzle-orm";
import { bigint, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";

/** The match module's tables: the kinds of help the council's site lists, set by the council. */
export const categories = pgTable(
  "categories",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    position: integer("position").notNull().default(0),
    /** Set when an admin retires it: residents no longer see it, and what refers to it keeps its name. */
    retiredAt: timestamp("retired_at", { withTimezone: true }),
    ...timestamps,
  },
  // Two categories whose names differ only in case would read as one to residents.
  (t) => [uniqueIndex("categories_slug_key").on(t.slug), uniqueIndex("categories_name_key").on(sql`lower(${t.name})`)],
);
