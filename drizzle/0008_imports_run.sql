-- No path could create an import before this migration (the Imports page only listed them), so
-- the table holds nothing to keep; emptying it lets the new NOT NULL columns and statuses apply.
DELETE FROM "imports";--> statement-breakpoint
CREATE TYPE "public"."import_date_order" AS ENUM('MDY', 'DMY');--> statement-breakpoint
CREATE TYPE "public"."import_duplicate_mode" AS ENUM('SKIP', 'UPDATE');--> statement-breakpoint
ALTER TYPE "public"."invite_status" ADD VALUE 'NOT_SENT';--> statement-breakpoint
CREATE TABLE "import_failures" (
	"import_id" uuid NOT NULL,
	"line" integer NOT NULL,
	"cells" jsonb NOT NULL,
	"reason" text NOT NULL,
	CONSTRAINT "import_failures_import_id_line_pk" PRIMARY KEY("import_id","line")
);
--> statement-breakpoint
CREATE TABLE "import_file_chunks" (
	"import_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "import_file_chunks_import_id_seq_pk" PRIMARY KEY("import_id","seq")
);
--> statement-breakpoint
ALTER TABLE "imports" ALTER COLUMN "status" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "imports" ALTER COLUMN "status" SET DEFAULT 'DRAFT'::text;--> statement-breakpoint
DROP TYPE "public"."import_status";--> statement-breakpoint
CREATE TYPE "public"."import_status" AS ENUM('DRAFT', 'QUEUED', 'RUNNING', 'COMPLETED', 'CANCELLED', 'FAILED');--> statement-breakpoint
ALTER TABLE "imports" ALTER COLUMN "status" SET DEFAULT 'DRAFT'::"public"."import_status";--> statement-breakpoint
ALTER TABLE "imports" ALTER COLUMN "status" SET DATA TYPE "public"."import_status" USING "status"::"public"."import_status";--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "created_by_api_key_id" uuid;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "byte_size" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "content_sha256" text NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "encoding" text NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "delimiter" text NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "header_line" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "headers" jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "mapping" jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "group_id" uuid;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "duplicate_mode" "import_duplicate_mode" DEFAULT 'SKIP' NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "notify" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "date_order" "import_date_order" DEFAULT 'MDY' NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "updated_rows" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "skipped_rows" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "failed_rows" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "resume_after_line" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "worker_id" text;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "lease_expires_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "error_message" text;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "started_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "notes" text;--> statement-breakpoint
ALTER TABLE "import_failures" ADD CONSTRAINT "import_failures_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_file_chunks" ADD CONSTRAINT "import_file_chunks_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_created_by_api_key_id_api_keys_id_fk" FOREIGN KEY ("created_by_api_key_id") REFERENCES "public"."api_keys"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "imports_runnable_idx" ON "imports" USING btree ("created_at") WHERE "imports"."status" in ('QUEUED', 'RUNNING');--> statement-breakpoint
CREATE INDEX "partnerships_program_external_id_idx" ON "partnerships" USING btree ("program_id","external_id") WHERE "partnerships"."external_id" is not null;