import { sql } from "drizzle-orm";
import { bigint, check, date, doublePrecision, index, jsonb, pgTable, smallint, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { oneOf, timestamps } from "./columns";
import { people } from "./council-people";
import { helpers, type HelperGender, type WeekPart } from "./helpers";
import { categories } from "./match";

/**
 * Where a need stands. It moves open → offered → matched → in_progress → done, or ends withdrawn
 * (by the resident), expired (unmet for the council's period) or closed (by staff); @lgp/match holds
 * the moves allowed.
 */
export const needStatus = ["open", "offered", "matched", "in_progress", "done", "withdrawn", "expired", "closed"] as const;
export type NeedStatus = (typeof needStatus)[number];

/** How soon the resident needs help. */
export const needUrgency = ["within_days", "within_weeks", "flexible"] as const;
export type NeedUrgency = (typeof needUrgency)[number];

/** How a resident gave consent when someone else asked for help for them. */
export const consentHow = ["in_person", "phone", "in_writing"] as const;
export type ConsentHow = (typeof consentHow)[number];

/** A resident's request for help. Its reference is what they quote to the council. */
export const needs = pgTable(
  "needs",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    reference: text("reference").notNull(),
    residentId: bigint("resident_id", { mode: "number" })
      .notNull()
      .references(() => people.id),
    categoryId: bigint("category_id", { mode: "number" })
      .notNull()
      .references(() => categories.id),
    description: text("description").notNull(),
    postcode: text("postcode").notNull(),
    latitude: doublePrecision("latitude").notNull(),
    longitude: doublePrecision("longitude").notNull(),
    wardCode: text("ward_code"),
    /** Recurring parts of the week, or particular dates (Europe/London), or both. */
    times: text("times").array().$type<WeekPart[]>().notNull().default(sql`'{}'`),
    dates: date("dates", { mode: "string" }).array().notNull().default(sql`'{}'`),
    urgency: text("urgency").$type<NeedUrgency>().notNull(),
    /** The resident's preferences: each one given is a requirement a helper must meet. */
    language: text("language"),
    helperGender: text("helper_gender").$type<HelperGender>(),
    accessibility: text("accessibility").array().notNull().default(sql`'{}'`),
    status: text("status").$type<NeedStatus>().notNull().default("open"),
    /** Who asked: the resident, or staff or a referrer for them, with the resident's consent. */
    createdBy: bigint("created_by", { mode: "number" })
      .notNull()
      .references(() => people.id),
    consentGivenBy: text("consent_given_by"),
    consentAt: timestamp("consent_at", { withTimezone: true }),
    consentHow: text("consent_how").$type<ConsentHow>(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("needs_reference_key").on(t.reference),
    oneOf("needs_status", t.status, needStatus),
    oneOf("needs_urgency", t.urgency, needUrgency),
    check("needs_helper_gender", sql`${t.helperGender} is null or ${t.helperGender} in ('female', 'male')`),
    check("needs_consent", sql`${t.createdBy} = ${t.residentId} or (${t.consentGivenBy} is not null and ${t.consentAt} is not null and ${t.consentHow} in ('in_person', 'phone', 'in_writing'))`),
    index("needs_open").on(t.categoryId, t.status),
    index("needs_resident").on(t.residentId),
  ],
);

/** Every change of a need's status: who, when, why. Append-only. */
export const needEvents = pgTable(
  "need_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    needId: bigint("need_id", { mode: "number" })
      .notNull()
      .references(() => needs.id),
    fromStatus: text("from_status").$type<NeedStatus>(),
    toStatus: text("to_status").$type<NeedStatus>().notNull(),
    /** Null when the platform itself made the change (an expiry). */
    actorId: bigint("actor_id", { mode: "number" }).references(() => people.id),
    reason: text("reason").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("need_events_need").on(t.needId, t.at)],
);

/**
 * A helper put forward for a need: offered (by the helper, or proposed by staff) and waiting for the
 * resident, then accepted or declined; withdrawn by the helper; on hold while the helper is paused;
 * ended when the help is done.
 */
export const matchStatus = ["offered", "accepted", "declined", "withdrawn", "on_hold", "ended"] as const;
export type MatchStatus = (typeof matchStatus)[number];

export const matches = pgTable(
  "matches",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    needId: bigint("need_id", { mode: "number" })
      .notNull()
      .references(() => needs.id),
    helperId: bigint("helper_id", { mode: "number" })
      .notNull()
      .references(() => helpers.id),
    status: text("status").$type<MatchStatus>().notNull().default("offered"),
    /** Its status before a hold, to return to when the helper is resumed. */
    heldFrom: text("held_from").$type<MatchStatus>(),
    /** The helper's person, or the member of staff who proposed it. */
    proposedBy: bigint("proposed_by", { mode: "number" })
      .notNull()
      .references(() => people.id),
    score: doublePrecision("score"),
    reasons: jsonb("reasons").$type<string[]>().notNull().default([]),
    decidedBy: bigint("decided_by", { mode: "number" }).references(() => people.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    oneOf("matches_status", t.status, matchStatus),
    uniqueIndex("matches_need_helper_key").on(t.needId, t.helperId),
    index("matches_helper").on(t.helperId, t.status),
  ],
);

/** A concern raised from a match, worked by the council's safeguarding leads. */
export const concernStatus = ["open", "closed"] as const;
export type ConcernStatus = (typeof concernStatus)[number];

export const concerns = pgTable(
  "concerns",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    reference: text("reference").notNull(),
    matchId: bigint("match_id", { mode: "number" })
      .notNull()
      .references(() => matches.id),
    raisedBy: bigint("raised_by", { mode: "number" })
      .notNull()
      .references(() => people.id),
    details: text("details").notNull(),
    status: text("status").$type<ConcernStatus>().notNull().default("open"),
    outcome: text("outcome"),
    closedBy: bigint("closed_by", { mode: "number" }).references(() => people.id),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex("concerns_reference_key").on(t.reference), oneOf("concerns_status", t.status, concernStatus), index("concerns_open").on(t.status)],
);

/** A safeguarding lead's notes on a concern, in order. */
export const concernNotes = pgTable("concern_notes", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  concernId: bigint("concern_id", { mode: "number" })
    .notNull()
    .references(() => concerns.id),
  authorId: bigint("author_id", { mode: "number" })
    .notNull()
    .references(() => people.id),
  note: text("note").notNull(),
  at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
});

/** How the help went, from the resident (or staff for them): seen by staff and the helper's organisation, never public. */
export const ratings = pgTable(
  "ratings",
  {
    matchId: bigint("match_id", { mode: "number" })
      .primaryKey()
      .references(() => matches.id),
    stars: smallint("stars").notNull(),
    comment: text("comment").notNull().default(""),
    ratedBy: bigint("rated_by", { mode: "number" })
      .notNull()
      .references(() => people.id),
    ...timestamps,
  },
  (t) => [check("ratings_stars", sql`${t.stars} between 1 and 5`)],
);

/**
 * A resident's answers while they go through the question pages, one page at a time: kept here, not in
 * the browser, so that the pages work without JavaScript and the answers leave no copy on the device.
 */
export const needDrafts = pgTable("need_drafts", {
  personId: bigint("person_id", { mode: "number" })
    .primaryKey()
    .references(() => people.id, { onDelete: "cascade" }),
  answers: jsonb("answers").$type<Record<string, unknown>>().notNull().default({}),
  ...timestamps,
});
