DROP TABLE "poll_option_counts" CASCADE;--> statement-breakpoint
DROP TABLE "poll_receipts" CASCADE;