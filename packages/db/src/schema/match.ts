import { sql } from "drizzle-orm";
import { bigint, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { oneOf, timestamps } from "./columns";

/**
 * The checks a helper may need, weakest first: a category names one, and a helper holding a stronger
 * check in date may help in it (an enhanced DBS check includes the identity check and the basic one).
 */
export const vettingCheck = ["none", "id_check", "dbs_basic", "dbs_standard", "dbs_enhanced", "dbs_enhanced_barred"] as const;
export type VettingCheck = (typeof vettingCheck)[number];

/** The match module's tables: the kinds of help the council's site lists, set by the council. */
export const categories = pgTable(
  "categories",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    position: integer("position").notNull().default(0),
    /** The check a helper needs, in date, to be matched or listed in this category. */
    requiredCheck: text("required_check").$type<VettingCheck>().notNull().default("none"),
    /** Set when an admin retires it: residents no longer see it, and what refers to it keeps its name. */
    retiredAt: timestamp("retired_at", { withTimezone: true }),
    ...timestamps,
  },
  // Two categories whose names differ only in case would read as one to residents.
  (t) => [
    uniqueIndex("categories_slug_key").on(t.slug),
    uniqueIndex("categories_name_key").on(sql`lower(${t.name})`),
    oneOf("categories_required_check", t.requiredCheck, vettingCheck),
  ],
);
