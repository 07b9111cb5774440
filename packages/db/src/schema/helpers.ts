import { sql } from "drizzle-orm";
import { bigint, boolean, check, date, doublePrecision, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { oneOf, timestamps } from "./columns";
import { people } from "./council-people";
import { categories, vettingCheck, type VettingCheck } from "./match";
import { organisations } from "./organisations";

/** An individual volunteer, or a provider organisation acting through its owners and members. */
export const helperKind = ["volunteer", "organisation"] as const;
export type HelperKind = (typeof helperKind)[number];

/** Signing up (the task list), waiting for the council, approved (listed and matched), or declined. */
export const helperStatus = ["applying", "submitted", "approved", "declined"] as const;
export type HelperStatus = (typeof helperStatus)[number];

/** How a helper hears of new needs they could meet. */
export const helperNotice = ["immediately", "daily", "never"] as const;
export type HelperNotice = (typeof helperNotice)[number];

/** The genders a resident may ask their helper to be. */
export const helperGender = ["female", "male"] as const;
export type HelperGender = (typeof helperGender)[number];

/**
 * The parts of the week a helper is free and a resident wants help, in Europe/London: "mon-morning"
 * (9am to midday), "mon-afternoon" (midday to 5pm), "mon-evening" (5pm to 8pm), … "sun-evening".
 * Coarse on purpose: a resident ticks them on a form, and the booking module sets exact times.
 */
export type WeekPart = `${"mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun"}-${"morning" | "afternoon" | "evening"}`;

export const helpers = pgTable(
  "helpers",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text("kind").$type<HelperKind>().notNull(),
    /** The volunteer, for kind volunteer; the organisation, for kind organisation. */
    personId: bigint("person_id", { mode: "number" }).references(() => people.id),
    organisationId: bigint("organisation_id", { mode: "number" }).references(() => organisations.id),
    /** What residents see: a volunteer's first name, an organisation's name. */
    publicName: text("public_name").notNull(),
    about: text("about").notNull().default(""),
    status: text("status").$type<HelperStatus>().notNull().default("applying"),
    /** Where they help from, and how far: a postcode with a radius, or a list of wards. */
    postcode: text("postcode"),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    radiusKm: doublePrecision("radius_km"),
    wards: text("wards").array().notNull().default(sql`'{}'`),
    availability: text("availability").array().$type<WeekPart[]>().notNull().default(sql`'{}'`),
    /** The most matches they take on at once. */
    capacity: integer("capacity").notNull().default(1),
    languages: text("languages").array().notNull().default(sql`'{}'`),
    /** What they offer for access: "step_free", "bsl", "wheelchair_vehicle", … */
    accessibility: text("accessibility").array().notNull().default(sql`'{}'`),
    gender: text("gender").$type<HelperGender>(),
    notice: text("notice").$type<HelperNotice>().notNull().default("immediately"),
    /**
     * The sign-up tasks the helper has saved: a task whose answer has a default (capacity, how they hear
     * of needs) is done only once they have said so themselves.
     */
    signUpTasks: text("sign_up_tasks").array().notNull().default(sql`'{}'`),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedBy: bigint("decided_by", { mode: "number" }).references(() => people.id),
    /** Set by a safeguarding lead: no feed, suggestion or directory shows them, and their matches are on hold. */
    pausedAt: timestamp("paused_at", { withTimezone: true }),
    pausedReason: text("paused_reason"),
    ...timestamps,
  },
  (t) => [
    oneOf("helpers_kind", t.kind, helperKind),
    oneOf("helpers_status", t.status, helperStatus),
    oneOf("helpers_notice", t.notice, helperNotice),
    check("helpers_gender", sql`${t.gender} is null or ${t.gender} in ('female', 'male')`),
    check("helpers_capacity", sql`${t.capacity} between 1 and 50`),
    check(
      "helpers_who",
      sql`(${t.kind} = 'volunteer' and ${t.personId} is not null and ${t.organisationId} is null) or (${t.kind} = 'organisation' and ${t.organisationId} is not null and ${t.personId} is null)`,
    ),
    uniqueIndex("helpers_person_key").on(t.personId),
    uniqueIndex("helpers_organisation_key").on(t.organisationId),
  ],
);

/** The categories a helper helps in. */
export const helperCategories = pgTable(
  "helper_categories",
  {
    helperId: bigint("helper_id", { mode: "number" })
      .notNull()
      .references(() => helpers.id, { onDelete: "cascade" }),
    categoryId: bigint("category_id", { mode: "number" })
      .notNull()
      .references(() => categories.id),
  },
  (t) => [primaryKey({ columns: [t.helperId, t.categoryId] }), index("helper_categories_category").on(t.categoryId)],
);

/**
 * A check the council has seen, as metadata only: the disclosure itself is never stored. Reminders go
 * out 60, 30 and 7 days before `recheckOn`; `remindedDays` is the last one sent.
 */
export const vettingRecords = pgTable(
  "vetting_records",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    helperId: bigint("helper_id", { mode: "number" })
      .notNull()
      .references(() => helpers.id, { onDelete: "cascade" }),
    check: text("check").$type<Exclude<VettingCheck, "none">>().notNull(),
    certificateNumber: text("certificate_number").notNull().default(""),
    issuedOn: date("issued_on", { mode: "string" }).notNull(),
    updateService: boolean("update_service").notNull().default(false),
    recheckOn: date("recheck_on", { mode: "string" }).notNull(),
    verifiedBy: bigint("verified_by", { mode: "number" })
      .notNull()
      .references(() => people.id),
    verifiedAt: timestamp("verified_at", { withTimezone: true }).notNull().defaultNow(),
    remindedDays: integer("reminded_days"),
    lapseNoticedAt: timestamp("lapse_noticed_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    oneOf("vetting_records_check", t.check, vettingCheck.filter((c) => c !== "none")),
    check("vetting_records_dates", sql`${t.recheckOn} > ${t.issuedOn}`),
    index("vetting_records_helper").on(t.helperId),
    index("vetting_records_recheck").on(t.recheckOn),
  ],
);

/** Whether an offer is in the directory. */
export const offerStatus = ["published", "withdrawn"] as const;
export type OfferStatus = (typeof offerStatus)[number];

/** What a helper provides, in one category: what residents find in the directory. */
export const offers = pgTable(
  "offers",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    helperId: bigint("helper_id", { mode: "number" })
      .notNull()
      .references(() => helpers.id, { onDelete: "cascade" }),
    categoryId: bigint("category_id", { mode: "number" })
      .notNull()
      .references(() => categories.id),
    title: text("title").notNull(),
    description: text("description").notNull(),
    /** Where the help happens, in words ("At your home", "St Mark's Hall"), and the postcode it is measured from. */
    place: text("place").notNull(),
    postcode: text("postcode").notNull(),
    latitude: doublePrecision("latitude").notNull(),
    longitude: doublePrecision("longitude").notNull(),
    /** When, and for whom, in the helper's words. */
    times: text("times").notNull(),
    forWhom: text("for_whom").notNull().default(""),
    /** Null when free; otherwise what it costs, in pence, and per what ("per hour"). */
    costPence: integer("cost_pence"),
    costUnit: text("cost_unit"),
    status: text("status").$type<OfferStatus>().notNull().default("published"),
    ...timestamps,
  },
  (t) => [
    oneOf("offers_status", t.status, offerStatus),
    check("offers_cost", sql`${t.costPence} is null or ${t.costPence} > 0`),
    index("offers_category").on(t.categoryId, t.status),
    index("offers_helper").on(t.helperId),
  ],
);
