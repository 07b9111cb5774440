import { bigint, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { oneOf, timestamps } from "./columns";

/** The kinds of organisation that give help through the council's site. */
export const organisationKind = ["care_provider", "voluntary_group", "business"] as const;
export type OrganisationKind = (typeof organisationKind)[number];

/** Provider organisations registered with the council; their owners invite their own members. */
export const organisations = pgTable(
  "organisations",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    name: text("name").notNull(),
    kind: text("kind").$type<OrganisationKind>().notNull(),
    /** A registered care provider's CQC location id ("1-123456789"); a group's charity number. */
    cqcLocationId: text("cqc_location_id"),
    charityNumber: text("charity_number"),
    ...timestamps,
  },
  (t) => [uniqueIndex("organisations_name_key").on(t.name), oneOf("organisations_kind", t.kind, organisationKind)],
);
