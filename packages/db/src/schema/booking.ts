import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { oneOf, timestamps } from "./columns";
import { people } from "./council-people";
import { helpers, offers } from "./helpers";
import { matches } from "./needs";
import { organisations } from "./organisations";

/**
 * What can be booked: a helper's offer (one to one), a room or resource, a staff appointment (one to
 * one), a group session with places.
 */
export const bookableKind = ["offer", "room", "appointment", "session"] as const;
export type BookableKind = (typeof bookableKind)[number];

export const bookableStatus = ["active", "archived"] as const;
export type BookableStatus = (typeof bookableStatus)[number];

/** Hours in London time ("09:00" to "17:00"); Monday is weekday 1. */
export interface OpeningHours {
  opens: string;
  closes: string;
}
export type WeeklyHours = OpeningHours & { weekday: number };
export interface DateHours {
  date: string;
  /** None: closed all day. */
  hours: OpeningHours[];
}

export const bookables = pgTable(
  "bookables",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text("kind").$type<BookableKind>().notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    /** Who it belongs to: a helper (their offer made bookable), a member of staff (appointments), an organisation's room or session, or the council's own (none). */
    offerId: bigint("offer_id", { mode: "number" }).references(() => offers.id),
    helperId: bigint("helper_id", { mode: "number" }).references(() => helpers.id),
    staffId: bigint("staff_id", { mode: "number" }).references(() => people.id),
    organisationId: bigint("organisation_id", { mode: "number" }).references(() => organisations.id),
    location: text("location").notNull(),
    postcode: text("postcode"),
    accessibility: text("accessibility").array().notNull().default(sql`'{}'`),
    durationMinutes: integer("duration_minutes").notNull(),
    bufferBeforeMinutes: integer("buffer_before_minutes").notNull().default(0),
    bufferAfterMinutes: integer("buffer_after_minutes").notNull().default(0),
    noticeMinutes: integer("notice_minutes").notNull().default(0),
    horizonDays: integer("horizon_days").notNull().default(60),
    needsApproval: boolean("needs_approval").notNull().default(false),
    capacity: integer("capacity").notNull().default(1),
    openOnBankHolidays: boolean("open_on_bank_holidays").notNull().default(false),
    weekly: jsonb("weekly").$type<WeeklyHours[]>().notNull().default([]),
    overrides: jsonb("overrides").$type<DateHours[]>().notNull().default([]),
    status: text("status").$type<BookableStatus>().notNull().default("active"),
    ...timestamps,
  },
  (t) => [
    oneOf("bookables_kind", t.kind, bookableKind),
    oneOf("bookables_status", t.status, bookableStatus),
    check("bookables_duration", sql`${t.durationMinutes} between 5 and 1440`),
    check("bookables_buffers", sql`${t.bufferBeforeMinutes} between 0 and 720 and ${t.bufferAfterMinutes} between 0 and 720`),
    check("bookables_notice_horizon", sql`${t.noticeMinutes} >= 0 and ${t.horizonDays} between 0 and 730`),
    check("bookables_capacity", sql`${t.capacity} >= 1 and (${t.kind} in ('room', 'session') or ${t.capacity} = 1)`),
    check("bookables_offer_owner", sql`${t.kind} <> 'offer' or (${t.offerId} is not null and ${t.helperId} is not null)`),
    check("bookables_appointment_owner", sql`${t.kind} <> 'appointment' or ${t.staffId} is not null`),
    index("bookables_helper").on(t.helperId),
  ],
);

/**
 * Where a booking stands. A hold keeps a place while the person confirms; pending waits for staff
 * approval; on_hold is a paused helper's booking, kept until they are resumed.
 */
export const bookingStatus = ["held", "pending", "confirmed", "on_hold", "cancelled", "declined", "expired"] as const;
export type BookingStatus = (typeof bookingStatus)[number];

/** The statuses that keep a place: what the capacity guarantee counts. */
export const placeKeeping = ["held", "pending", "confirmed", "on_hold"] as const satisfies readonly BookingStatus[];

export const bookings = pgTable(
  "bookings",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    reference: text("reference").notNull(),
    bookableId: bigint("bookable_id", { mode: "number" })
      .notNull()
      .references(() => bookables.id),
    /** Who it is for, and who made it (the same person, or staff for them). */
    personId: bigint("person_id", { mode: "number" })
      .notNull()
      .references(() => people.id),
    bookedBy: bigint("booked_by", { mode: "number" })
      .notNull()
      .references(() => people.id),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    /** Its time with the bookable's buffers either side, as they were when it was made. */
    blockedFrom: timestamp("blocked_from", { withTimezone: true }).notNull(),
    blockedUntil: timestamp("blocked_until", { withTimezone: true }).notNull(),
    /** The bookable takes one booking at a time: the exclusion constraint holds these. */
    exclusive: boolean("exclusive").notNull(),
    status: text("status").$type<BookingStatus>().notNull(),
    holdExpiresAt: timestamp("hold_expires_at", { withTimezone: true }),
    /** The key the request carried: a retry with it finds this booking rather than making another. */
    idempotencyKey: text("idempotency_key").notNull(),
    /** Bookings made together (a person and a room): both or neither. */
    togetherWith: bigint("together_with", { mode: "number" }),
    matchId: bigint("match_id", { mode: "number" }).references(() => matches.id),
    /** Its status before a hold, to return to when the helper is resumed. */
    heldFrom: text("held_from").$type<BookingStatus>(),
    decidedBy: bigint("decided_by", { mode: "number" }).references(() => people.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    cancelledBy: bigint("cancelled_by", { mode: "number" }).references(() => people.id),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    /** When its reminder was queued: the reminder job's record, so a retried job never sends twice. */
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    oneOf("bookings_status", t.status, bookingStatus),
    check("bookings_times", sql`${t.endsAt} > ${t.startsAt} and ${t.blockedFrom} <= ${t.startsAt} and ${t.blockedUntil} >= ${t.endsAt}`),
    check("bookings_hold", sql`${t.status} <> 'held' or ${t.holdExpiresAt} is not null`),
    uniqueIndex("bookings_reference_key").on(t.reference),
    uniqueIndex("bookings_idempotency_key").on(t.bookedBy, t.idempotencyKey),
    index("bookings_bookable_time").on(t.bookableId, t.startsAt),
    index("bookings_person").on(t.personId, t.startsAt),
    index("bookings_holds").on(t.holdExpiresAt).where(sql`${t.status} = 'held'`),
  ],
);

/** A place on a full time's waitlist; a freed place is offered to the first waiting, as a hold. */
export const waitlistStatus = ["waiting", "offered", "booked", "left", "lapsed"] as const;
export type WaitlistStatus = (typeof waitlistStatus)[number];

export const waitlistEntries = pgTable(
  "waitlist_entries",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    bookableId: bigint("bookable_id", { mode: "number" })
      .notNull()
      .references(() => bookables.id),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    personId: bigint("person_id", { mode: "number" })
      .notNull()
      .references(() => people.id),
    status: text("status").$type<WaitlistStatus>().notNull().default("waiting"),
    /** The hold made for them when a place came free. */
    bookingId: bigint("booking_id", { mode: "number" }).references(() => bookings.id),
    ...timestamps,
  },
  (t) => [
    oneOf("waitlist_entries_status", t.status, waitlistStatus),
    uniqueIndex("waitlist_entries_once").on(t.bookableId, t.startsAt, t.personId).where(sql`${t.status} in ('waiting', 'offered')`),
    index("waitlist_entries_queue").on(t.bookableId, t.startsAt, t.createdAt),
  ],
);

/** A person's private calendar feed address: only its hash is kept, and revoking it ends it. */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    personId: bigint("person_id", { mode: "number" })
      .notNull()
      .references(() => people.id),
    tokenHash: text("token_hash").notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex("calendar_feeds_token_key").on(t.tokenHash), index("calendar_feeds_person").on(t.personId)],
);
