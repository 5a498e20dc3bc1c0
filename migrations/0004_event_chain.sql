-- The tamper-evident chain (server/src/events/log-chain.ts). Events logged before it exist keep
-- null here; the consultation's next append chains its whole log, in that append's transaction.
ALTER TABLE "consultation_events" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "consultation_events" ADD COLUMN "hash" text;
