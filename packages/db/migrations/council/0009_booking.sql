CREATE TABLE "bookables" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "bookables_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"offer_id" bigint,
	"helper_id" bigint,
	"staff_id" bigint,
	"organisation_id" bigint,
	"location" text NOT NULL,
	"postcode" text,
	"accessibility" text[] DEFAULT '{}' NOT NULL,
	"duration_minutes" integer NOT NULL,
	"buffer_before_minutes" integer DEFAULT 0 NOT NULL,
	"buffer_after_minutes" integer DEFAULT 0 NOT NULL,
	"notice_minutes" integer DEFAULT 0 NOT NULL,
	"horizon_days" integer DEFAULT 60 NOT NULL,
	"needs_approval" boolean DEFAULT false NOT NULL,
	"capacity" integer DEFAULT 1 NOT NULL,
	"open_on_bank_holidays" boolean DEFAULT false NOT NULL,
	"weekly" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"overrides" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookables_kind" CHECK ("bookables"."kind" in ('offer', 'room', 'appointment', 'session')),
	CONSTRAINT "bookables_status" CHECK ("bookables"."status" in ('active', 'archived')),
	CONSTRAINT "bookables_duration" CHECK ("bookables"."duration_minutes" between 5 and 1440),
	CONSTRAINT "bookables_buffers" CHECK ("bookables"."buffer_before_minutes" between 0 and 720 and "bookables"."buffer_after_minutes" between 0 and 720),
	CONSTRAINT "bookables_notice_horizon" CHECK ("bookables"."notice_minutes" >= 0 and "bookables"."horizon_days" between 0 and 730),
	CONSTRAINT "bookables_capacity" CHECK ("bookables"."capacity" >= 1 and ("bookables"."kind" in ('room', 'session') or "bookables"."capacity" = 1)),
	CONSTRAINT "bookables_offer_owner" CHECK ("bookables"."kind" <> 'offer' or ("bookables"."offer_id" is not null and "bookables"."helper_id" is not null)),
	CONSTRAINT "bookables_appointment_owner" CHECK ("bookables"."kind" <> 'appointment' or "bookables"."staff_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "bookings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"reference" text NOT NULL,
	"bookable_id" bigint NOT NULL,
	"person_id" bigint NOT NULL,
	"booked_by" bigint NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"blocked_from" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone NOT NULL,
	"exclusive" boolean NOT NULL,
	"status" text NOT NULL,
	"hold_expires_at" timestamp with time zone,
	"idempotency_key" text NOT NULL,
	"together_with" bigint,
	"match_id" bigint,
	"held_from" text,
	"decided_by" bigint,
	"decided_at" timestamp with time zone,
	"cancelled_by" bigint,
	"cancelled_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookings_status" CHECK ("bookings"."status" in ('held', 'pending', 'confirmed', 'on_hold', 'cancelled', 'declined', 'expired')),
	CONSTRAINT "bookings_times" CHECK ("bookings"."ends_at" > "bookings"."starts_at" and "bookings"."blocked_from" <= "bookings"."starts_at" and "bookings"."blocked_until" >= "bookings"."ends_at"),
	CONSTRAINT "bookings_hold" CHECK ("bookings"."status" <> 'held' or "bookings"."hold_expires_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "calendar_feeds_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"person_id" bigint NOT NULL,
	"token_hash" text NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "waitlist_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "waitlist_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"bookable_id" bigint NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"person_id" bigint NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"booking_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "waitlist_entries_status" CHECK ("waitlist_entries"."status" in ('waiting', 'offered', 'booked', 'left', 'lapsed'))
);
--> statement-breakpoint
ALTER TABLE "bookables" ADD CONSTRAINT "bookables_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookables" ADD CONSTRAINT "bookables_helper_id_helpers_id_fk" FOREIGN KEY ("helper_id") REFERENCES "helpers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookables" ADD CONSTRAINT "bookables_staff_id_people_id_fk" FOREIGN KEY ("staff_id") REFERENCES "people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookables" ADD CONSTRAINT "bookables_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_bookable_id_bookables_id_fk" FOREIGN KEY ("bookable_id") REFERENCES "bookables"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_booked_by_people_id_fk" FOREIGN KEY ("booked_by") REFERENCES "people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_cancelled_by_people_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_bookable_id_bookables_id_fk" FOREIGN KEY ("bookable_id") REFERENCES "bookables"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bookables_helper" ON "bookables" USING btree ("helper_id");--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_reference_key" ON "bookings" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_idempotency_key" ON "bookings" USING btree ("booked_by","idempotency_key");--> statement-breakpoint
CREATE INDEX "bookings_bookable_time" ON "bookings" USING btree ("bookable_id","starts_at");--> statement-breakpoint
CREATE INDEX "bookings_person" ON "bookings" USING btree ("person_id","starts_at");--> statement-breakpoint
CREATE INDEX "bookings_holds" ON "bookings" USING btree ("hold_expires_at") WHERE "bookings"."status" = 'held';--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_token_key" ON "calendar_feeds" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "calendar_feeds_person" ON "calendar_feeds" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_entries_once" ON "waitlist_entries" USING btree ("bookable_id","starts_at","person_id") WHERE "waitlist_entries"."status" in ('waiting', 'offered');--> statement-breakpoint
CREATE INDEX "waitlist_entries_queue" ON "waitlist_entries" USING btree ("bookable_id","starts_at","created_at");--> statement-breakpoint
-- No two bookings of a one-at-a-time bookable that keep a place may overlap, buffers included: the
-- database refuses the second, whatever the code above it does. btree_gist (installed once per database,
-- in the "extensions" schema) gives gist its "=" on bigint; a bookable with places is counted under a
-- lock on its row instead. Deferrable, so a reschedule can take its new time before giving up an
-- overlapping old one in the same transaction; checked at every statement otherwise.
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_no_overlap" EXCLUDE USING gist ("bookable_id" WITH =, tstzrange("blocked_from", "blocked_until") WITH &&) WHERE ("exclusive" AND "status" IN ('held', 'pending', 'confirmed', 'on_hold')) DEFERRABLE INITIALLY IMMEDIATE;
