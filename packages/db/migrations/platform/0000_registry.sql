CREATE SCHEMA IF NOT EXISTS "platform";
--> statement-breakpoint
CREATE TYPE "platform"."council_status" AS ENUM('provisioning', 'active', 'suspended', 'archived');--> statement-breakpoint
CREATE TABLE "platform"."council_hosts" (
	"hostname" text PRIMARY KEY NOT NULL,
	"council_id" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_hosts_lowercase" CHECK ("platform"."council_hosts"."hostname" = lower("platform"."council_hosts"."hostname"))
);
--> statement-breakpoint
CREATE TABLE "platform"."councils" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "platform"."councils_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"status" "platform"."council_status" DEFAULT 'provisioning' NOT NULL,
	"brand_colour" text DEFAULT '#1d4f91' NOT NULL,
	"brand_text_colour" text DEFAULT '#ffffff' NOT NULL,
	"link_colour" text DEFAULT '#1d4f91' NOT NULL,
	"modules" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "councils_slug_format" CHECK ("platform"."councils"."slug" ~ '^[a-z][a-z0-9-]{1,29}$')
);
--> statement-breakpoint
CREATE TABLE "platform"."registry_version" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "platform"."council_hosts" ADD CONSTRAINT "council_hosts_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "platform"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "council_hosts_council_id_idx" ON "platform"."council_hosts" USING btree ("council_id");--> statement-breakpoint
CREATE UNIQUE INDEX "councils_slug_key" ON "platform"."councils" USING btree ("slug");