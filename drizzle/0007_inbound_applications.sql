CREATE TYPE "public"."message_side" AS ENUM('PROGRAM', 'PARTNER');--> statement-breakpoint
CREATE TYPE "public"."reapply_policy" AS ENUM('ANYTIME', 'AFTER_DAYS', 'NEVER');--> statement-breakpoint
ALTER TYPE "public"."custom_field_type" ADD VALUE 'LONG_TEXT';--> statement-breakpoint
ALTER TYPE "public"."custom_field_type" ADD VALUE 'URL';--> statement-breakpoint
ALTER TYPE "public"."custom_field_type" ADD VALUE 'CURRENCY';--> statement-breakpoint
ALTER TYPE "public"."custom_field_type" ADD VALUE 'MULTI_SELECT';--> statement-breakpoint
ALTER TYPE "public"."custom_field_type" ADD VALUE 'COUNTRY';--> statement-breakpoint
ALTER TYPE "public"."custom_field_type" ADD VALUE 'REGION';--> statement-breakpoint
CREATE TABLE "message_reads" (
	"user_id" text NOT NULL,
	"program_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"last_read_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "message_reads_user_id_program_id_partner_id_pk" PRIMARY KEY("user_id","program_id","partner_id")
);
--> statement-breakpoint
DROP INDEX "applications_program_status_idx";--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "applicant_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "company_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "reviewer_answers" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "form_snapshot" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "decline_reason" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "decline_note" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "decline_note_visible" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "reapply_policy" "reapply_policy";--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "reapply_after" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "custom_field_definitions" ADD COLUMN "help_text" text;--> statement-breakpoint
ALTER TABLE "custom_field_definitions" ADD COLUMN "archived_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "application_form_title" text;--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "application_form_description" text;--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "application_questions" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "sender_side" "message_side" DEFAULT 'PROGRAM' NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "sender_name" text;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "decline_reasons" jsonb DEFAULT '["Not a fit for our program right now","Incomplete application: please fill out the full application form when reapplying","We do not work with partners in your region yet","Your organisation is already a partner of ours"]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "message_reads" ADD CONSTRAINT "message_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_reads" ADD CONSTRAINT "message_reads_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_reads" ADD CONSTRAINT "message_reads_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "applications_program_email_idx" ON "applications" USING btree ("program_id",lower("email"),"created_at");--> statement-breakpoint
CREATE INDEX "applications_partner_idx" ON "applications" USING btree ("partner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_one_pending_per_partner" ON "applications" USING btree ("program_id","partner_id") WHERE "applications"."status" = 'PENDING' and "applications"."partner_id" is not null;--> statement-breakpoint
CREATE INDEX "messages_partner_idx" ON "messages" USING btree ("partner_id","created_at");--> statement-breakpoint
CREATE INDEX "applications_program_status_idx" ON "applications" USING btree ("program_id","status","created_at","id");--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_decided_consistent" CHECK (("applications"."status" = 'PENDING') = ("applications"."decided_at" is null));--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_body_length" CHECK (char_length("messages"."body") between 1 and 5000);