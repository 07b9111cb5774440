import { doublePrecision, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Where each postcode in and around the council is, loaded from the ONS Postcode Directory or NSPL
 * (`pnpm council postcodes import <file>`): a postcode's format says nothing of whether it exists.
 */
export const postcodes = pgTable("postcodes", {
  /** Upper case with one space before the inward code: "KT1 1EU". */
  postcode: text("postcode").primaryKey(),
  latitude: doublePrecision("latitude").notNull(),
  longitude: doublePrecision("longitude").notNull(),
  /** The ONS ward code (E05…), and its name where the import or the demo data gave one. */
  wardCode: text("ward_code"),
  wardName: text("ward_name"),
  importedAt: timestamp("imported_at", { withTimezone: true }).notNull().defaultNow(),
});
