ALTER TABLE "command_receipts" ADD COLUMN "payload_digest" text;--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "redemptions" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "max_redemptions" integer;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "last_seen_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "idle_seconds" integer;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "revoked_reason" text;--> statement-breakpoint
CREATE INDEX "command_receipts_created" ON "command_receipts" USING btree ("created_at");