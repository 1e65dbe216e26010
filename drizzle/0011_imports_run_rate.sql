ALTER TABLE "imports" ADD COLUMN "run_started_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "run_start_rows" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "partner_keys_program_stem_idx" ON "partner_keys" USING btree ("program_id",rtrim("key", '0123456789'));