ALTER TABLE "agenda_items" ADD COLUMN "point_of_order_seconds" integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE "floor_requests" ADD COLUMN "paused_at" timestamp with time zone;