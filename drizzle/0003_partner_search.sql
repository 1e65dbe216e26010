ALTER TABLE "partnerships" ADD COLUMN "partner_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "partnerships_program_name_idx" ON "partnerships" USING btree ("program_id","partner_name","id");--> statement-breakpoint
CREATE INDEX "partnerships_search_trgm_idx" ON "partnerships" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "partnerships_custom_fields_idx" ON "partnerships" USING gin ("custom_field_values" jsonb_path_ops);--> statement-breakpoint
CREATE INDEX "partnerships_program_manager_idx" ON "partnerships" USING btree ("program_id","program_manager_id");