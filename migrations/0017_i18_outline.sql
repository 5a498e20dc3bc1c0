ALTER TABLE "draft_proposals" ADD COLUMN "passage_at" integer;--> statement-breakpoint
ALTER TABLE "paragraphs" ADD COLUMN "level" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "paragraphs" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "paragraphs" ADD COLUMN "deleted_by" uuid;--> statement-breakpoint
ALTER TABLE "paragraphs" ADD COLUMN "deletion_note" text;--> statement-breakpoint
ALTER TABLE "paragraphs" ADD COLUMN "deleted_label" text;