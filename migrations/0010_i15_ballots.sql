CREATE TABLE "poll_aggregates" (
	"poll_id" uuid PRIMARY KEY NOT NULL,
	"aggregates" jsonb NOT NULL,
	"board_hash" text
);
--> statement-breakpoint
CREATE TABLE "poll_sealed_ballots" (
	"poll_id" uuid NOT NULL,
	"delegation_id" uuid NOT NULL,
	"tracker" text NOT NULL,
	"ballot" jsonb NOT NULL,
	CONSTRAINT "poll_sealed_ballots_poll_id_delegation_id_pk" PRIMARY KEY("poll_id","delegation_id")
);
--> statement-breakpoint
CREATE TABLE "poll_trustees" (
	"poll_id" uuid NOT NULL,
	"trustee_id" text NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"public_share" text,
	"key_proof" jsonb,
	"secret_share" text,
	"partials" jsonb,
	CONSTRAINT "poll_trustees_poll_id_trustee_id_pk" PRIMARY KEY("poll_id","trustee_id")
);
--> statement-breakpoint
ALTER TABLE "poll_aggregates" ADD CONSTRAINT "poll_aggregates_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_sealed_ballots" ADD CONSTRAINT "poll_sealed_ballots_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_sealed_ballots" ADD CONSTRAINT "poll_sealed_ballots_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_trustees" ADD CONSTRAINT "poll_trustees_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "poll_sealed_ballots_tracker" ON "poll_sealed_ballots" USING btree ("poll_id","tracker");