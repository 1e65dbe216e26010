CREATE TYPE "public"."audience_size" AS ENUM('UNDER_1K', 'FROM_1K_TO_10K', 'FROM_10K_TO_100K', 'FROM_100K_TO_1M', 'OVER_1M');--> statement-breakpoint
CREATE TYPE "public"."network_application_status" AS ENUM('PENDING', 'APPROVED', 'DECLINED');--> statement-breakpoint
CREATE TABLE "network_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_id" uuid NOT NULL,
	"status" "network_application_status" DEFAULT 'PENDING' NOT NULL,
	"profile" jsonb NOT NULL,
	"submitted_by_id" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"decided_by_id" text,
	"decided_at" timestamp (3) with time zone,
	"decline_reason" text,
	CONSTRAINT "network_applications_decided_consistent" CHECK (("network_applications"."status" = 'PENDING') = ("network_applications"."decided_at" is null))
);
--> statement-breakpoint
CREATE TABLE "network_profiles" (
	"partner_id" uuid PRIMARY KEY NOT NULL,
	"company_name" text NOT NULL,
	"website" text NOT NULL,
	"logo_url" text,
	"description" text NOT NULL,
	"audience_size" "audience_size" NOT NULL,
	"promotion_methods" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"countries" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_by_id" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "marketplace_description" text;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "marketplace_category" text;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "marketplace_logo_url" text;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "marketplace_group_id" uuid;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "listed_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "network_applications" ADD CONSTRAINT "network_applications_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_applications" ADD CONSTRAINT "network_applications_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_applications" ADD CONSTRAINT "network_applications_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_profiles" ADD CONSTRAINT "network_profiles_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_profiles" ADD CONSTRAINT "network_profiles_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "network_applications_one_pending" ON "network_applications" USING btree ("partner_id") WHERE "network_applications"."status" = 'PENDING';--> statement-breakpoint
CREATE INDEX "network_applications_queue_idx" ON "network_applications" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "network_applications_partner_idx" ON "network_applications" USING btree ("partner_id","created_at");--> statement-breakpoint
CREATE INDEX "network_applications_decided_idx" ON "network_applications" USING btree ("decided_at") WHERE "network_applications"."decided_at" is not null;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_marketplace_group_id_groups_id_fk" FOREIGN KEY ("marketplace_group_id") REFERENCES "public"."groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programs_listed_idx" ON "programs" USING btree ("listed_at","id") WHERE "programs"."listed_in_marketplace";