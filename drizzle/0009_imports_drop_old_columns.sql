ALTER TABLE "imports" DROP COLUMN "error_rows";--> statement-breakpoint
ALTER TABLE "imports" DROP COLUMN "errors";