CREATE TABLE "postcodes" (
	"postcode" text PRIMARY KEY NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"ward_code" text,
	"ward_name" text,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "helper_categories" (
	"helper_id" bigint NOT NULL,
	"category_id" bigint NOT NULL,
	CONSTRAINT "helper_categories_helper_id_category_id_pk" PRIMARY KEY("helper_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "helpers" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "helpers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"person_id" bigint,
	"organisation_id" bigint,
	"public_name" text NOT NULL,
	"about" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'applying' NOT NULL,
	"postcode" text,
	"latitude" double precision,
	"longitude" double precision,
	"radius_km" double precision,
	"wards" text[] DEFAULT '{}' NOT NULL,
	"availability" text[] DEFAULT '{}' NOT NULL,
	"capacity" integer DEFAULT 1 NOT NULL,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"accessibility" text[] DEFAULT '{}' NOT NULL,
	"gender" text,
	"notice" text DEFAULT 'immediately' NOT NULL,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by" bigint,
	"paused_at" timestamp with time zone,
	"paused_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "helpers_kind" CHECK ("helpers"."kind" in ('volunteer', 'organisation')),
	CONSTRAINT "helpers_status" CHECK ("helpers"."status" in ('applying', 'submitted', 'approved', 'declined')),
	CONSTRAINT "helpers_notice" CHECK ("helpers"."notice" in ('immediately', 'daily', 'never')),
	CONSTRAINT "helpers_gender" CHECK ("helpers"."gender" is null or "helpers"."gender" in ('female', 'male')),
	CONSTRAINT "helpers_capacity" CHECK ("helpers"."capacity" between 1 and 50),
	CONSTRAINT "helpers_who" CHECK (("helpers"."kind" = 'volunteer' and "helpers"."person_id" is not null and "helpers"."organisation_id" is null) or ("helpers"."kind" = 'organisation' and "helpers"."organisation_id" is not null and "helpers"."person_id" is null))
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "offers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"helper_id" bigint NOT NULL,
	"category_id" bigint NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"place" text NOT NULL,
	"postcode" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"times" text NOT NULL,
	"for_whom" text DEFAULT '' NOT NULL,
	"cost_pence" integer,
	"cost_unit" text,
	"status" text DEFAULT 'published' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offers_status" CHECK ("offers"."status" in ('published', 'withdrawn')),
	CONSTRAINT "offers_cost" CHECK ("offers"."cost_pence" is null or "offers"."cost_pence" > 0)
);
--> statement-breakpoint
CREATE TABLE "vetting_records" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "vetting_records_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"helper_id" bigint NOT NULL,
	"check" text NOT NULL,
	"certificate_number" text DEFAULT '' NOT NULL,
	"issued_on" date NOT NULL,
	"update_service" boolean DEFAULT false NOT NULL,
	"recheck_on" date NOT NULL,
	"verified_by" bigint NOT NULL,
	"verified_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reminded_days" integer,
	"lapse_noticed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vetting_records_check" CHECK ("vetting_records"."check" in ('id_check', 'dbs_basic', 'dbs_standard', 'dbs_enhanced', 'dbs_enhanced_barred')),
	CONSTRAINT "vetting_records_dates" CHECK ("vetting_records"."recheck_on" > "vetting_records"."issued_on")
);
--> statement-breakpoint
CREATE TABLE "concern_notes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "concern_notes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"concern_id" bigint NOT NULL,
	"author_id" bigint NOT NULL,
	"note" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concerns" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "concerns_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"reference" text NOT NULL,
	"match_id" bigint NOT NULL,
	"raised_by" bigint NOT NULL,
	"details" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"outcome" text,
	"closed_by" bigint,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "concerns_status" CHECK ("concerns"."status" in ('open', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "matches" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "matches_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"need_id" bigint NOT NULL,
	"helper_id" bigint NOT NULL,
	"status" text DEFAULT 'offered' NOT NULL,
	"held_from" text,
	"proposed_by" bigint NOT NULL,
	"score" double precision,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"decided_by" bigint,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matches_status" CHECK ("matches"."status" in ('offered', 'accepted', 'declined', 'withdrawn', 'on_hold', 'ended'))
);
--> statement-breakpoint
CREATE TABLE "need_drafts" (
	"person_id" bigint PRIMARY KEY NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "need_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"need_id" bigint NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" bigint,
	"reason" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "needs" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "needs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"reference" text NOT NULL,
	"resident_id" bigint NOT NULL,
	"category_id" bigint NOT NULL,
	"description" text NOT NULL,
	"postcode" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"ward_code" text,
	"times" text[] DEFAULT '{}' NOT NULL,
	"dates" date[] DEFAULT '{}' NOT NULL,
	"urgency" text NOT NULL,
	"language" text,
	"helper_gender" text,
	"accessibility" text[] DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" bigint NOT NULL,
	"consent_given_by" text,
	"consent_at" timestamp with time zone,
	"consent_how" text,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "needs_status" CHECK ("needs"."status" in ('open', 'offered', 'matched', 'in_progress', 'done', 'withdrawn', 'expired', 'closed')),
	CONSTRAINT "needs_urgency" CHECK ("needs"."urgency" in ('within_days', 'within_weeks', 'flexible')),
	CONSTRAINT "needs_helper_gender" CHECK ("needs"."helper_gender" is null or "needs"."helper_gender" in ('female', 'male')),
	CONSTRAINT "needs_consent" CHECK ("needs"."created_by" = "needs"."resident_id" or ("needs"."consent_given_by" is not null and "needs"."consent_at" is not null and "needs"."consent_how" in ('in_person', 'phone', 'in_writing')))
);
--> statement-breakpoint
CREATE TABLE "ratings" (
	"match_id" bigint PRIMARY KEY NOT NULL,
	"stars" smallint NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"rated_by" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ratings_stars" CHECK ("ratings"."stars" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "cqc_location_id" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "charity_number" text;--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "required_check" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "helper_categories" ADD CONSTRAINT "helper_categories_helper_id_helpers_id_fk" FOREIGN KEY ("helper_id") REFERENCES "helpers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helper_categories" ADD CONSTRAINT "helper_categories_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helpers" ADD CONSTRAINT "helpers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helpers" ADD CONSTRAINT "helpers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helpers" ADD CONSTRAINT "helpers_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_helper_id_helpers_id_fk" FOREIGN KEY ("helper_id") REFERENCES "helpers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_records" ADD CONSTRAINT "vetting_records_helper_id_helpers_id_fk" FOREIGN KEY ("helper_id") REFERENCES "helpers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_records" ADD CONSTRAINT "vetting_records_verified_by_people_id_fk" FOREIGN KEY ("verified_by") REFERENCES "people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_notes" ADD CONSTRAINT "concern_notes_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "concerns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_notes" ADD CONSTRAINT "concern_notes_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_raised_by_people_id_fk" FOREIGN KEY ("raised_by") REFERENCES "people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_closed_by_people_id_fk" FOREIGN KEY ("closed_by") REFERENCES "people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_helper_id_helpers_id_fk" FOREIGN KEY ("helper_id") REFERENCES "helpers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_proposed_by_people_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_drafts" ADD CONSTRAINT "need_drafts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_events" ADD CONSTRAINT "need_events_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_events" ADD CONSTRAINT "need_events_actor_id_people_id_fk" FOREIGN KEY ("actor_id") REFERENCES "people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_resident_id_people_id_fk" FOREIGN KEY ("resident_id") REFERENCES "people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_rated_by_people_id_fk" FOREIGN KEY ("rated_by") REFERENCES "people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "helper_categories_category" ON "helper_categories" USING btree ("category_id");--> statement-breakpoint
CREATE UNIQUE INDEX "helpers_person_key" ON "helpers" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "helpers_organisation_key" ON "helpers" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "offers_category" ON "offers" USING btree ("category_id","status");--> statement-breakpoint
CREATE INDEX "offers_helper" ON "offers" USING btree ("helper_id");--> statement-breakpoint
CREATE INDEX "vetting_records_helper" ON "vetting_records" USING btree ("helper_id");--> statement-breakpoint
CREATE INDEX "vetting_records_recheck" ON "vetting_records" USING btree ("recheck_on");--> statement-breakpoint
CREATE UNIQUE INDEX "concerns_reference_key" ON "concerns" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "concerns_open" ON "concerns" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "matches_need_helper_key" ON "matches" USING btree ("need_id","helper_id");--> statement-breakpoint
CREATE INDEX "matches_helper" ON "matches" USING btree ("helper_id","status");--> statement-breakpoint
CREATE INDEX "need_events_need" ON "need_events" USING btree ("need_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "needs_reference_key" ON "needs" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "needs_open" ON "needs" USING btree ("category_id","status");--> statement-breakpoint
CREATE INDEX "needs_resident" ON "needs" USING btree ("resident_id");--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_required_check" CHECK ("categories"."required_check" in ('none', 'id_check', 'dbs_basic', 'dbs_standard', 'dbs_enhanced', 'dbs_enhanced_barred'));