ALTER TABLE "polls" ADD COLUMN "subject_kind" text;--> statement-breakpoint
ALTER TABLE "polls" ADD COLUMN "subject_id" uuid;--> statement-breakpoint
ALTER TABLE "polls" ADD COLUMN "indicative" boolean DEFAULT true NOT NULL;--> statement-breakpoint
-- custom SQL (keep at merge)
-- Every poll taken before subjects was a poll on its agenda item: backfill, then require both columns.
UPDATE "polls" SET "subject_kind" = 'item', "subject_id" = "item_id" WHERE "subject_kind" IS NULL;--> statement-breakpoint
ALTER TABLE "polls" ALTER COLUMN "subject_kind" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "polls" ALTER COLUMN "subject_id" SET NOT NULL;
